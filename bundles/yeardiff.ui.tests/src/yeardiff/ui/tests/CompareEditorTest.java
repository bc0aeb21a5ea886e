package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.compare.CompareUI;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.ui.compare.PartnerNode;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.testing.UiThread;

class CompareEditorTest {

	@TempDir
	Path repository;

	@Test
	void compareEditorShowsTheBelgianBudgetChangeSideBySide() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		ReportCompareInput input = new ReportCompareInput(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		long start = System.nanoTime();
		CompareUI.openCompareEditor(input);
		UiThread.waitUntil("the comparison of 2019 with 2020", () -> input.structure() != null //$NON-NLS-1$
				&& input.getCompareResult() != null && input.structure().getTree().getItemCount() > 0);
		long compareNanos = System.nanoTime() - start;

		DiffNode root = (DiffNode) input.getCompareResult();
		PartnerNode belgium = (PartnerNode) Arrays.stream(root.getChildren())
				.filter(child -> child instanceof PartnerNode partner && partner.section().partnerName().equals("België en Luxemburg")) //$NON-NLS-1$
				.findFirst().orElse(null);
		assertNotNull(belgium, "no partner België en Luxemburg in the structure pane"); //$NON-NLS-1$
		assertTrue(belgium.getName().startsWith("België en Luxemburg ("), belgium.getName()); //$NON-NLS-1$

		for (TreeItem item : input.structure().getTree().getItems()) {
			assertTrue(((DiffNode) item.getData()).getKind() != Differencer.NO_CHANGE, "an unchanged partner is shown: " + item.getText()); //$NON-NLS-1$
		}
		int changedPartners = input.structure().getTree().getItemCount();
		input.structure().setHideUnchanged(false);
		assertTrue(input.structure().getTree().getItemCount() > changedPartners, "the filter hides no partner"); //$NON-NLS-1$
		input.structure().setHideUnchanged(true);

		input.structure().setSelection(new StructuredSelection(belgium), true);
		// What a click does: the compare editor feeds the content pane on the tree's open event.
		input.structure().getTree().notifyListeners(SWT.DefaultSelection, new Event());
		UiThread.waitUntil("the content pane to show België en Luxemburg", () -> input.content() != null //$NON-NLS-1$
				&& input.content().left().getCharCount() > 0);
		StyledText left = input.content().left();
		StyledText right = input.content().right();
		assertMarked(left, "€4,9 miljard"); //$NON-NLS-1$
		assertMarked(right, "€ 4,76 miljard"); //$NON-NLS-1$
		assertTrue(input.content().header().getText().contains("€4,9 miljard → € 4,76 miljard"), //$NON-NLS-1$
				input.content().header().getText());

		Screenshots.save(window.getShell(), "compare-editor"); //$NON-NLS-1$
		System.out.println("compare_editor_ms " + compareNanos / 1_000_000); //$NON-NLS-1$
	}

	private static void assertMarked(StyledText text, String fact) {
		int at = text.getText().indexOf(fact);
		assertTrue(at >= 0, "«" + fact + "» not in: " + text.getText()); //$NON-NLS-1$ //$NON-NLS-2$
		StyleRange style = text.getStyleRangeAtOffset(at + 1);
		assertNotNull(style, "no style on " + fact); //$NON-NLS-1$
		assertEquals(SWT.BORDER_SOLID, style.borderStyle, "the changed fact " + fact + " is not boxed"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
