package yeardiff.ui.testing;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;

import yeardiff.library.ReportLibrary;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.SampleRepositoryJob;

/** A repository of the five sample letters in a temporary folder, opened in the workbench. */
public final class SampleRepository {

	private SampleRepository() {
	}

	/**
	 * Imports the samples into {@code directory} and makes it the workbench's repository — after the
	 * workbench's own first-start job has built and opened its default repository, which would
	 * otherwise replace this one when it finishes.
	 */
	public static void open(Path directory) throws Exception {
		importSamples(directory);
		awaitFirstStart();
		PlatformUI.getWorkbench().getService(RepositorySelection.class).open(directory);
	}

	/** Imports the five sample letters into a new repository at {@code directory}, as the workbench's first start does. */
	public static void importSamples(Path directory) throws Exception {
		try (ReportLibrary library = ReportLibrary.openOrInit(directory)) {
			library.importSamples(SampleRepositoryJob.letters());
		}
	}

	/**
	 * Waits for the workbench's first-start job, which builds and opens the default repository
	 * and would replace the one a test opened before it finished.
	 */
	public static void awaitFirstStart() {
		UiThread.waitUntil("the workbench's first-start repository", //$NON-NLS-1$
				() -> Arrays.stream(Job.getJobManager().find(null)).noneMatch(SampleRepositoryJob.class::isInstance));
	}
}
