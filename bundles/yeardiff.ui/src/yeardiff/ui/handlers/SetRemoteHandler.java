package yeardiff.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.internal.Messages;

/**
 * Reports &gt; Team Repository: where Push and Pull go, the remote {@code origin}, shown and changed
 * as {@code git remote set-url} would. The store refuses a URI with a password in it.
 */
public final class SetRemoteHandler extends AbstractHandler {

	public static final String COMMAND = "yeardiff.ui.commands.setRemote"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Path directory = HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(RepositorySelection.class).current();
		try (ReportRepository repository = ReportRepository.open(directory)) {
			String current = repository.remoteUri(SynchronizeHandler.REMOTE);
			InputDialog dialog = new InputDialog(shell, Messages.SetRemote_title,
					NLS.bind(Messages.SetRemote_message, SynchronizeHandler.REMOTE), current == null ? "" : current, //$NON-NLS-1$
					text -> text.isBlank() ? Messages.SetRemote_empty : null);
			if (dialog.open() != Window.OK) {
				return null;
			}
			repository.addRemote(SynchronizeHandler.REMOTE, dialog.getValue().strip());
		} catch (StoreException e) {
			MessageDialog.openError(shell, Messages.SetRemote_title, e.getMessage());
		}
		return null;
	}
}
