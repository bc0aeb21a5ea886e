package yeardiff.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.internal.CloneRepositoryDialog;
import yeardiff.ui.internal.Messages;
import yeardiff.ui.internal.SecureStorageCredentials;

/**
 * File &gt; Clone Repository: a copy of the team's Yeardiff repository from a Git server, cloned in a
 * background job and then opened, with {@code origin} pointing at the server for Push and Pull. A
 * failed clone leaves no folder behind.
 */
public final class CloneRepositoryHandler extends AbstractHandler {

	public static final String COMMAND = "yeardiff.ui.commands.cloneRepository"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		RepositorySelection repositories = HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(RepositorySelection.class);
		CloneRepositoryDialog dialog = new CloneRepositoryDialog(HandlerUtil.getActiveShellChecked(event),
				repositories.current().resolveSibling("team-reports")); //$NON-NLS-1$
		if (dialog.open() != Window.OK) {
			return null;
		}
		String uri = dialog.uri();
		Path folder = dialog.folder();
		SecureStorageCredentials.install();
		Job job = Job.create(NLS.bind(Messages.CloneRepository_cloning, uri), monitor -> {
			try (ReportRepository repository = ReportRepository.cloneFrom(uri, folder)) {
				// closed here: the workbench opens it afresh
			} catch (StoreException e) {
				return Status.error(e.getMessage(), e);
			}
			repositories.open(folder);
			return Status.info(NLS.bind(Messages.CloneRepository_cloned, folder));
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}
