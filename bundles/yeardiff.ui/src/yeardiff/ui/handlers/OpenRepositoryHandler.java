package yeardiff.ui.handlers;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.library.ReportLibrary;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.internal.Messages;

/**
 * File &gt; Open Repository: chooses a folder and shows its reports. With the parameter
 * {@value #PATH} (File &gt; Open Recent Repository) it opens that folder without asking.
 */
public final class OpenRepositoryHandler extends AbstractHandler {

	public static final String COMMAND = "yeardiff.ui.commands.openRepository"; //$NON-NLS-1$
	public static final String PATH = "yeardiff.ui.commands.openRepository.path"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		RepositorySelection repositories = HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(RepositorySelection.class);
		String chosen = event.getParameter(PATH);
		if (chosen == null) {
			DirectoryDialog dialog = new DirectoryDialog(shell);
			dialog.setText(Messages.OpenRepository_title);
			dialog.setMessage(Messages.OpenRepository_message);
			dialog.setFilterPath(repositories.current().toString());
			chosen = dialog.open();
			if (chosen == null) {
				return null;
			}
		}
		open(shell, repositories, Paths.get(chosen));
		return null;
	}

	/** Opens {@code directory} when it is a repository, else says so. */
	static void open(Shell shell, RepositorySelection repositories, Path directory) {
		if (!ReportLibrary.isRepository(directory)) {
			MessageDialog.openError(shell, Messages.OpenRepository_title, NLS.bind(Messages.OpenRepository_notRepository, directory));
			return;
		}
		repositories.open(directory);
	}
}
