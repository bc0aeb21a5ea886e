package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.ui.compare.PairNode;
import yeardiff.ui.compare.PartnerNode;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Screenshots;

/**
 * The workbench started in Dutch ({@code -nl nl}, the second test run of this bundle's pom): the
 * compare editor names statuses, partners' change counts, its panes and the moved numbers in Dutch.
 */
@ExtendWith(BackgroundJobsFinish.class)
class DutchWorkbenchTest {

	@TempDir
	Path repository;

	@Test
	void theCompareEditorSpeaksDutch() throws Exception {
		assumeTrue(Platform.getNL().startsWith("nl"), "the workbench runs in " + Platform.getNL() + ", not in Dutch"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		IWorkbenchWindow window = SampleRepository.open(repository);
		window.getShell().setSize(1280, 800);
		ReportCompareInput input = CompareEditorTest.open(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Partners en uitspraken", input.structure().getTitle()); //$NON-NLS-1$
		PartnerNode belgium = CompareEditorTest.partner(input, "België en Luxemburg"); //$NON-NLS-1$
		assertTrue(belgium.getName().matches("België en Luxemburg \\(\\d+ wijzigingen\\)"), belgium.getName()); //$NON-NLS-1$
		List<String> statuses = List.of("ongewijzigd", "anders verwoord", "gewijzigd", "nieuw", "vervallen", "verplaatst"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (Object child : belgium.getChildren()) {
			if (child instanceof PairNode pair) {
				String status = pair.getName().substring(0, pair.getName().indexOf(':'));
				assertTrue(statuses.contains(status), "not a Dutch status: " + pair.getName()); //$NON-NLS-1$
			}
		}
		input.structure().expandToLevel(belgium, 1);
		List<String> shown = Arrays.stream(input.structure().getTree().getItems()).flatMap(item -> Arrays.stream(item.getItems()))
				.map(TreeItem::getText).filter(text -> text.contains(":")).toList(); //$NON-NLS-1$
		assertTrue(shown.stream().anyMatch(text -> text.startsWith("gewijzigd: ")), shown.toString()); //$NON-NLS-1$
		input.structure().setSelection(new org.eclipse.jface.viewers.StructuredSelection(belgium), true);
		yeardiff.ui.testing.UiThread.waitUntil("the Belgian numbers", () -> input.numbers().viewer().getTable().getItemCount() > 0); //$NON-NLS-1$
		assertEquals("Grootheid", input.numbers().viewer().getTable().getColumn(0).getText()); //$NON-NLS-1$
		assertTrue(input.numbers().title().startsWith("Gewijzigde getallen van België en Luxemburg"), input.numbers().title()); //$NON-NLS-1$
		assertTrue(((DiffNode) input.getCompareResult()).getChildren().length > 0);
		// The Eclipse view beside them speaks Dutch too (yeardiff.views.nl).
		org.eclipse.ui.IViewPart properties = window.getActivePage().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
		assertEquals("Eigenschappen", properties.getTitle()); //$NON-NLS-1$
		window.getActivePage().activate(window.getActivePage().getActiveEditor());
		Screenshots.save(window.getShell(), "dutch-compare-editor"); //$NON-NLS-1$
	}
}
