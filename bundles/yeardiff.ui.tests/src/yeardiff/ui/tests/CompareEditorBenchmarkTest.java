package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.util.ReadingOrder;
import yeardiff.store.ReportRepository;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;

/**
 * Benchmark hook, run with the UI tests: the time from asking for the compare editor of 2019 and
 * 2020 to a filled, visible editor (comparison done, the first change's statements shown in both
 * text panes, display idle), divided by the same for Eclipse's own TextMergeViewer on the two
 * reports' plain texts (one statement per line, both texts shown), in the same run. Both are warmed
 * up, then measured in alternating order; the ratio is that of the medians. Prints
 * {@code compare_editor_vs_textmerge <ratio>} and the two medians in ms.
 */
@ExtendWith(BackgroundJobsFinish.class)
class CompareEditorBenchmarkTest {

	private static final int WARM_UP = 2;
	private static final int RUNS = Integer.getInteger("yeardiff.bench.runs", 7).intValue(); //$NON-NLS-1$

	@TempDir
	Path repository;

	@Test
	void compareEditorAgainstTextMergeViewer() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		window.getShell().setSize(1280, 800);
		IWorkbenchPage page = window.getActivePage();
		String from;
		String to;
		try (ReportRepository store = ReportRepository.open(repository)) {
			from = plain(store.load("2019")); //$NON-NLS-1$
			to = plain(store.load("2020")); //$NON-NLS-1$
		}
		for (int i = 0; i < WARM_UP; i++) {
			textMerge(page, from, to);
			reportCompare(page);
		}
		long[] text = new long[RUNS];
		long[] reports = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			// Alternating which goes first, so that neither always runs on a warmer (or busier) machine.
			if (i % 2 == 0) {
				text[i] = textMerge(page, from, to);
				reports[i] = reportCompare(page);
			} else {
				reports[i] = reportCompare(page);
				text[i] = textMerge(page, from, to);
			}
		}
		long textMedian = median(text);
		long reportMedian = median(reports);
		double ratio = (double) reportMedian / textMedian;
		System.out.printf("compare_editor_vs_textmerge %.2f%n", Double.valueOf(ratio)); //$NON-NLS-1$
		System.out.printf("compare_editor_ms %d textmerge_ms %d (medians of %d, alternating, after %d warm-up rounds)%n", //$NON-NLS-1$
				Long.valueOf(reportMedian / 1_000_000), Long.valueOf(textMedian / 1_000_000), Integer.valueOf(RUNS),
				Integer.valueOf(WARM_UP));
		assertTrue(ratio > 0);
	}

	private long textMerge(IWorkbenchPage page, String from, String to) {
		Control[] contents = new Control[1];
		CompareEditorInput text = new CompareEditorInput(new CompareConfiguration()) {
			@Override
			protected Object prepareInput(IProgressMonitor monitor) {
				return new DiffNode(Differencer.CHANGE, null, new PlainText("2019", from), new PlainText("2020", to)); //$NON-NLS-1$ //$NON-NLS-2$
			}

			@Override
			public Control createContents(Composite parent) {
				contents[0] = super.createContents(parent);
				return contents[0];
			}
		};
		long nanos = timeToFilled(page, text, () -> contents[0]);
		page.closeAllEditors(false);
		return nanos;
	}

	private long reportCompare(IWorkbenchPage page) {
		ReportCompareInput reports = new ReportCompareInput(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		long nanos = timeToFilled(page, reports, reports::contents);
		page.closeAllEditors(false);
		return nanos;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** Until the editor shows text in at least two text widgets (both sides), and the display is idle. */
	private static long timeToFilled(IWorkbenchPage page, CompareEditorInput input, java.util.function.Supplier<Control> contents) {
		long start = System.nanoTime();
		CompareUI.openCompareEditor(input);
		UiThread.waitUntil("a filled compare editor", () -> filledTexts(contents.get()) >= 2); //$NON-NLS-1$
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// Until everything the editor queued is painted.
		}
		return System.nanoTime() - start;
	}

	/** The visible text widgets under {@code contents} that show text. */
	private static long filledTexts(Control contents) {
		if (!(contents instanceof Composite composite) || contents.isDisposed()) {
			return 0;
		}
		return Widgets.find(composite, StyledText.class, text -> text.isVisible() && text.getCharCount() > 0).size();
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
