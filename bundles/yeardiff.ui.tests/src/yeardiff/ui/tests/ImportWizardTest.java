package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.samples.SampleLetter;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;
import yeardiff.ui.views.ReportsView;
import yeardiff.ui.wizards.ImportLettersWizard;

@ExtendWith(BackgroundJobsFinish.class)
class ImportWizardTest {

	@TempDir
	Path temp;

	@Test
	void importWizardImportsALetterThatTheReportsViewThenLists() throws Exception {
		SampleLetter letter = SampleLetter.REPORT_2021;
		Path file = temp.resolve(letter.fileName());
		Files.write(file, letter.bytes());
		Path repository = temp.resolve("repository"); //$NON-NLS-1$

		yeardiff.ui.testing.SampleRepository.awaitFirstStart();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getService(RepositorySelection.class).open(repository);
		ReportsView reports = (ReportsView) window.getActivePage().showView(ReportsView.ID);

		ImportLettersWizard wizard = ImportWizards.open(file);
		Screenshots.save(wizard.getShell(), "import-wizard"); //$NON-NLS-1$
		Widgets.click(Widgets.button(wizard.getShell(), "Finish")); //$NON-NLS-1$

		UiThread.waitUntil("the Reports view to list the imported letter", //$NON-NLS-1$
				() -> reports.viewer().getTree().getItemCount() == 1 && reports.viewer().getTree().getItem(0).getText().startsWith("2021")); //$NON-NLS-1$
		assertEquals(1, reports.viewer().getTree().getItemCount());
	}
}
