package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.util.ReadingOrder;
import yeardiff.store.ReportRepository;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.testing.UiThread;

/**
 * Benchmark hook, run with the UI tests: the time from asking for the compare editor of 2019 and
 * 2020 to a filled editor (comparison done, structure pane shown, display idle), divided by the
 * same for Eclipse's own TextMergeViewer on the two reports' plain texts (one statement per line),
 * in the same run. Prints {@code compare_editor_vs_textmerge <ratio>} and the two times in ms.
 */
class CompareEditorBenchmarkTest {

	@TempDir
	Path repository;

	@Test
	void compareEditorAgainstTextMergeViewer() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		IWorkbenchPage page = window.getActivePage();
		String from;
		String to;
		try (ReportRepository store = ReportRepository.open(repository)) {
			from = plain(store.load("2019")); //$NON-NLS-1$
			to = plain(store.load("2020")); //$NON-NLS-1$
		}

		CompareEditorInput text = new CompareEditorInput(new CompareConfiguration()) {
			@Override
			protected Object prepareInput(IProgressMonitor monitor) {
				return new DiffNode(Differencer.CHANGE, null, new PlainText("2019", from), new PlainText("2020", to)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		};
		long textNanos = timeToFilled(text, () -> text.getCompareResult() != null);
		page.closeAllEditors(false);

		ReportCompareInput reports = new ReportCompareInput(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		long reportNanos = timeToFilled(reports,
				() -> reports.structure() != null && reports.structure().getTree().getItemCount() > 0);
		page.closeAllEditors(false);

		double ratio = (double) reportNanos / textNanos;
		System.out.printf("compare_editor_vs_textmerge %.2f%n", Double.valueOf(ratio)); //$NON-NLS-1$
		System.out.printf("compare_editor_ms %d textmerge_ms %d%n", Long.valueOf(reportNanos / 1_000_000), //$NON-NLS-1$
				Long.valueOf(textNanos / 1_000_000));
		assertTrue(ratio > 0);
	}

	private static long timeToFilled(CompareEditorInput input, java.util.function.BooleanSupplier filled) {
		long start = System.nanoTime();
		CompareUI.openCompareEditor(input);
		UiThread.waitUntil("a filled compare editor", filled); //$NON-NLS-1$
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// Until everything the editor queued is painted.
		}
		return System.nanoTime() - start;
	}

	private static String plain(Report report) {
		StringBuilder text = new StringBuilder();
		for (Statement statement : ReadingOrder.statements(report)) {
			text.append(statement.getText()).append('\n');
		}
		return text.toString();
	}

	/** A report's text as a plain text file for the TextMergeViewer. */
	private record PlainText(String name, String text) implements ITypedElement, IStreamContentAccessor {

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
