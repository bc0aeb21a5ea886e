package yeardiff.ui.testing;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets the workbench's background jobs finish before JUnit deletes a test's temporary folders.
 * <p>
 * A test ends as soon as what it checks is on screen, but views keep reading the repository in the
 * background (the Commitments view audits it, the start page lists it), and opening a repository
 * briefly creates a lock file in it. Deleting the folder under such a job fails the test in
 * JUnit's clean-up ("Failed to close extension context") and the job with it. JUnit closes
 * {@code @TempDir} folders after every {@code afterEach} callback, so waiting here is early enough.
 */
public final class BackgroundJobsFinish implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		UiThread.waitUntil("the workbench's background jobs to finish", () -> Job.getJobManager().isIdle()); //$NON-NLS-1$
	}
}
