package yeardiff.audit.ui.tests;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;

import yeardiff.library.ReportLibrary;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.SampleRepositoryJob;
import yeardiff.ui.testing.UiThread;

/** A repository of the five sample letters in a temporary folder, opened in the workbench. */
final class SampleRepository {

	private SampleRepository() {
	}

	/**
	 * Imports the samples into {@code directory} and makes it the workbench's repository — after the
	 * workbench's own first-start job has built and opened its default repository, which would
	 * otherwise replace this one when it finishes.
	 */
	static void open(Path directory) throws Exception {
		try (ReportLibrary library = ReportLibrary.openOrInit(directory)) {
			library.importSamples(SampleRepositoryJob.letters());
		}
		UiThread.waitUntil("the workbench's first-start repository", //$NON-NLS-1$
				() -> Arrays.stream(Job.getJobManager().find(null)).noneMatch(SampleRepositoryJob.class::isInstance));
		PlatformUI.getWorkbench().getService(RepositorySelection.class).open(directory);
	}
}
