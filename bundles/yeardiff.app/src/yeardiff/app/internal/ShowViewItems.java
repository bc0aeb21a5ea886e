package yeardiff.app.internal;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Window &gt; Show View: the perspective's views (Reports, Timeline, History, Search, Commitments,
 * Draft Problems, Properties) and Other... The workbench's own factory entry
 * ({@code ExtensionFactory:showViewMenu}) cannot be created as a menu contribution's dynamic item
 * and left the menu empty.
 */
public final class ShowViewItems extends CompoundContributionItem implements IWorkbenchContribution {

	private IWorkbenchWindow window;

	@Override
	public void initialize(IServiceLocator serviceLocator) {
		window = serviceLocator.getService(IWorkbenchWindow.class);
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		if (window == null) {
			return new IContributionItem[0];
		}
		return new IContributionItem[] { ContributionItemFactory.VIEWS_SHORTLIST.create(window) };
	}
}
