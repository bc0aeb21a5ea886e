package yeardiff.ui.properties;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's reading of a report, section, statement or fact: its attributes as the
 * model defines them, read only (reports change by importing a letter again). Written against the
 * Ecore metadata so that a new attribute in the model shows without a change here.
 */
final class ModelPropertySource implements IPropertySource {

	private final EObject object;

	ModelPropertySource(EObject object) {
		this.object = object;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return object.eClass().getEAllAttributes().stream().map(attribute -> {
			PropertyDescriptor descriptor = new PropertyDescriptor(attribute, attribute.getName());
			descriptor.setCategory(object.eClass().getName());
			return descriptor;
		}).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		Object value = object.eGet((EAttribute) id);
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
		}
		return value == null ? "" : String.valueOf(value); //$NON-NLS-1$
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read only.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read only.
	}
}
