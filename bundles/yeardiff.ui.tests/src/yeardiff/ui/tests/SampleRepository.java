package yeardiff.ui.tests;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import yeardiff.library.ReportLibrary;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.views.ReportsView;

/** The five sample letters in a repository in a test's temp dir, shown by the workbench. */
final class SampleRepository {

	private SampleRepository() {
	}

	static IWorkbenchWindow open(Path directory) throws Exception {
		try (ReportLibrary library = ReportLibrary.openOrInit(directory)) {
			library.importSamples();
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getActivePage().closeAllEditors(false);
		window.getService(RepositorySelection.class).open(directory);
		ReportsView reports = (ReportsView) window.getActivePage().showView(ReportsView.ID);
		Workbench.waitUntil("the Reports view to list the five sample reports", //$NON-NLS-1$
				() -> reports.viewer().getTree().getItemCount() == 5);
		return window;
	}
}
