package yeardiff.ui.tests;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import yeardiff.ui.RepositorySelection;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.views.ReportItem;
import yeardiff.ui.views.ReportsView;

/**
 * The five sample letters in a repository in a test's temp dir, shown by the workbench and listed
 * by its Reports view (the shared {@link yeardiff.ui.testing.SampleRepository} only opens it).
 */
final class SampleRepository {

	private SampleRepository() {
	}

	static IWorkbenchWindow open(Path directory) throws Exception {
		yeardiff.ui.testing.SampleRepository.importSamples(directory);
		return show(directory, 5);
	}

	/**
	 * Makes {@code directory} the workbench's repository and waits until the Reports view lists
	 * its {@code reports} reports.
	 */
	static IWorkbenchWindow show(Path directory, int reports) throws Exception {
		yeardiff.ui.testing.SampleRepository.awaitFirstStart();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getActivePage().closeAllEditors(false);
		window.getService(RepositorySelection.class).open(directory);
		ReportsView view = (ReportsView) window.getActivePage().showView(ReportsView.ID);
		Path shown = directory.toAbsolutePath().normalize();
		UiThread.waitUntil("the Reports view to list " + reports + " reports of " + directory, //$NON-NLS-1$ //$NON-NLS-2$
				() -> view.viewer().getTree().getItemCount() == reports && listsFrom(view, shown));
		return window;
	}

	private static boolean listsFrom(ReportsView view, Path repository) {
		return Arrays.stream(view.viewer().getTree().getItems())
				.allMatch(item -> item.getData() instanceof ReportItem report && report.repository().equals(repository));
	}
}
