import java.io.File;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model code of a bundle from its genmodel without an IDE, so that src-gen/ is
 * reproducible. Usage: GenerateModel BUNDLE_DIR GENMODEL_PATH (relative to the bundle).
 */
public class GenerateModel {

	public static void main(String[] args) throws Exception {
		File bundle = new File(args[0]).getCanonicalFile();
		String bundleName = bundle.getName();
		URI bundleUri = URI.createFileURI(bundle.getPath() + "/"); //$NON-NLS-1$
		URI platformUri = URI.createPlatformResourceURI(bundleName + "/", true); //$NON-NLS-1$

		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resources = new ResourceSetImpl();
		Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
		factories.put("genmodel", new XMIResourceFactoryImpl()); //$NON-NLS-1$
		resources.getURIConverter().getURIMap().put(platformUri, bundleUri);
		EcorePlugin.getPlatformResourceMap().put(bundleName, bundleUri);
		// Without this registration Generator.generate reports OK and writes nothing.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		Resource resource = resources.getResource(platformUri.appendSegments(args[1].split("/")), true); //$NON-NLS-1$
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		genModel.setValidateModel(false);

		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		System.out.println(result.getSeverity() == Diagnostic.OK ? "generated" : result.toString()); //$NON-NLS-1$
		if (result.getSeverity() >= Diagnostic.ERROR) {
			System.exit(1);
		}
	}
}
