package yeardiff.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Creates {@link ReportResource}s: the only way Yeardiff reads or writes its XMI files.
 */
public class ReportResourceFactory extends XMIResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new ReportResource(uri);
	}
}
