package yeardiff.audit.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.audit.ui.CommitmentsView;

/** Audits again, for when the repository changed behind the workbench's back (a pull, the command line). */
public final class RefreshCommitmentsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		try {
			if (page.showView(CommitmentsView.ID) instanceof CommitmentsView view) {
				view.refresh();
			}
		} catch (PartInitException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.RefreshCommitmentsHandler_failed, e.getMessage());
		}
		return null;
	}
}
