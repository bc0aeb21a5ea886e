package yeardiff.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.model.api.Statement;
import yeardiff.ui.views.StatementHistoryView;

/** Shows the history of the selected statement. */
public final class ShowHistoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getCurrentSelectionChecked(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof Statement statement)) {
			return null;
		}
		try {
			StatementHistoryView view = (StatementHistoryView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(StatementHistoryView.ID);
			view.show(statement.getId());
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
