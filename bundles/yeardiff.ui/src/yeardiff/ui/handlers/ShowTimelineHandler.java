package yeardiff.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.model.api.Section;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.views.TimelineView;

/** Shows the fact timeline of the partner whose section is selected. */
public final class ShowTimelineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getCurrentSelectionChecked(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof Section section) || section.getSubject() == null) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			TimelineView view = (TimelineView) page.showView(TimelineView.ID);
			view.show(page.getWorkbenchWindow().getService(RepositorySelection.class).current(), section.getSubject().getId(),
					section.getSubject().getName());
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
