package yeardiff.ui.handlers;

import java.nio.file.Paths;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.ui.RepositorySelection;
import yeardiff.ui.SampleRepositoryJob;
import yeardiff.ui.internal.Messages;

/** File &gt; New Sample Repository: builds a repository of the five sample letters in a chosen folder. */
public final class NewSampleRepositoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShellChecked(event));
		dialog.setText(Messages.NewSample_title);
		dialog.setMessage(Messages.NewSample_message);
		String chosen = dialog.open();
		if (chosen != null) {
			new SampleRepositoryJob(Paths.get(chosen),
					HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(RepositorySelection.class)).schedule();
		}
		return null;
	}
}
