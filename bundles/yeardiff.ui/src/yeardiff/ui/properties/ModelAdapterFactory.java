package yeardiff.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

import yeardiff.model.api.Fact;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/** Gives reports, sections, statements and facts to the Properties view (see plugin.xml). */
public final class ModelAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && (adaptable instanceof Report || adaptable instanceof Section
				|| adaptable instanceof Statement || adaptable instanceof Fact)) {
			return adapterType.cast(new ModelPropertySource((org.eclipse.emf.ecore.EObject) adaptable));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
