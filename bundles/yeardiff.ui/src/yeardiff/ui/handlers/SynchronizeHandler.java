package yeardiff.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.store.PullOutcome;
import yeardiff.store.PushOutcome;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.internal.Messages;
import yeardiff.ui.internal.SecureStorageCredentials;

/**
 * Reports &gt; Push and Pull: the repository's reports, verdicts and drafts to and from its Git
 * remote {@code origin}, in a background job. A pull that meets reports changed on both sides stops
 * and names them; nothing is lost either way. Credentials come from secure storage.
 */
public final class SynchronizeHandler extends AbstractHandler {

	/** The command's parameter: {@code push} or {@code pull}. */
	public static final String DIRECTION = "yeardiff.ui.commands.synchronize.direction"; //$NON-NLS-1$
	static final String REMOTE = "origin"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		RepositorySelection repositories = HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(RepositorySelection.class);
		boolean push = "push".equals(event.getParameter(DIRECTION)); //$NON-NLS-1$
		Path directory = repositories.current();
		SecureStorageCredentials.install();
		Job job = Job.create(NLS.bind(push ? Messages.Synchronize_pushing : Messages.Synchronize_pulling, REMOTE), monitor -> {
			try (ReportRepository repository = ReportRepository.open(directory)) {
				if (push) {
					PushOutcome outcome = repository.push(REMOTE);
					return Status.info(outcome.changed() ? NLS.bind(Messages.Synchronize_pushed, REMOTE)
							: NLS.bind(Messages.Synchronize_upToDate, REMOTE));
				}
				PullOutcome outcome = repository.pull(REMOTE);
				repositories.open(directory);
				return Status.info(NLS.bind(Messages.Synchronize_pulled, REMOTE, String.join(", ", outcome.reports()))); //$NON-NLS-1$
			} catch (StoreException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}
