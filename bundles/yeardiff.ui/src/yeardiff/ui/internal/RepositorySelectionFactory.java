package yeardiff.ui.internal;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

import yeardiff.ui.RepositorySelection;

/** Creates the workbench's one {@link RepositorySelection}; parts reach it through their site. */
public final class RepositorySelectionFactory extends AbstractServiceFactory {

	private RepositorySelection selection;

	@Override
	@SuppressWarnings("rawtypes")
	public synchronized Object create(Class serviceInterface, IServiceLocator parentLocator, IServiceLocator locator) {
		if (serviceInterface != RepositorySelection.class) {
			return null;
		}
		if (parentLocator != null) {
			Object fromParent = parentLocator.getService(RepositorySelection.class);
			if (fromParent != null) {
				return fromParent;
			}
		}
		if (selection == null) {
			selection = new RepositorySelection();
			selection.addListener(EditorsFollowRepository::repositoryOpened);
		}
		return selection;
	}
}
