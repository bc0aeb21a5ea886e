package yeardiff.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.model.api.Statement;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.editors.ReportEditor;

/** Opens the selected report in the Report viewer, at the selected statement if there is one. */
public final class OpenReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ISelection selection = HandlerUtil.getCurrentSelectionChecked(event);
		String reportId = SelectedReports.ids(selection).stream().findFirst().orElse(null);
		if (reportId == null) {
			return null;
		}
		Object first = ((IStructuredSelection) selection).getFirstElement();
		String statementId = first instanceof Statement statement ? statement.getId() : null;
		RepositorySelection repositories = HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(RepositorySelection.class);
		try {
			ReportEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
					SelectedReports.repository(selection, repositories.current()), reportId, statementId);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
