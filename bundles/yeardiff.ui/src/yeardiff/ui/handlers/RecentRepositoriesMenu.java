package yeardiff.ui.handlers;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import yeardiff.ui.RepositorySelection;

/** File &gt; Open Recent Repository: the repositories opened lately, the latest first. */
public final class RecentRepositoriesMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<String> recent = PlatformUI.getWorkbench().getService(RepositorySelection.class).recent();
		if (recent.isEmpty()) {
			return new IContributionItem[] { new Separator() };
		}
		IContributionItem[] items = new IContributionItem[recent.size()];
		for (int i = 0; i < items.length; i++) {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(), null,
					OpenRepositoryHandler.COMMAND, CommandContributionItem.STYLE_PUSH);
			parameter.label = (i + 1 < 10 ? "&" + (i + 1) + ' ' : "") + recent.get(i); //$NON-NLS-1$ //$NON-NLS-2$
			parameter.parameters = Map.of(OpenRepositoryHandler.PATH, recent.get(i));
			items[i] = new CommandContributionItem(parameter);
		}
		return items;
	}
}
