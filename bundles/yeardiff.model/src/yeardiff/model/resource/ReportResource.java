package yeardiff.model.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import yeardiff.model.meta.ReportPackage;

/**
 * An XMI resource whose bytes depend only on the model's content, so that the same report saved
 * twice gives identical files and Git diffs of the model mean something. Identifiers come from the
 * model's own ID attributes (derived from content and position), never from random UUIDs.
 *
 * <p>Loading refuses DTDs and external entities: a report file can never make the parser read
 * another file or reach the network.</p>
 *
 * <p>Files saved by an earlier version of the model (namespace {@link #LEGACY_NS_URIS}) still
 * load: each later version only added classes and features, so an older file is a valid instance
 * of the current package. They are saved back under the current namespace.</p>
 */
public class ReportResource extends XMIResourceImpl {

	/**
	 * Namespaces of earlier model versions, read as the current package. 1.0 had no measures or
	 * periods on facts.
	 */
	public static final List<String> LEGACY_NS_URIS = List.of("http://yeardiff.org/model/report/1.0"); //$NON-NLS-1$

	public ReportResource(URI uri) {
		super(uri);
		ReportPackage.eINSTANCE.eClass();
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		save.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE));
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
		save.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.FALSE);
		save.put(XMLResource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		// EMF then works out once per class, not once per object, how each feature is written
		save.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		getDefaultLoadOptions().putAll(safeLoadOptions());
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}

	@Override
	protected boolean useIDAttributes() {
		return true;
	}

	/**
	 * Load options that switch off DTDs and external entities in the underlying SAX parser.
	 */
	public static Map<Object, Object> safeLoadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// asked only for a namespace the registry does not know: never fetched from the network
		options.put(XMLResource.OPTION_MISSING_PACKAGE_HANDLER,
				(XMLResource.MissingPackageHandler) nsURI -> LEGACY_NS_URIS.contains(nsURI) ? ReportPackage.eINSTANCE : null);
		return options;
	}

	/**
	 * The XMI bytes of a root object, without touching any file.
	 */
	public static byte[] toBytes(EObject root) throws IOException {
		ReportResource resource = new ReportResource(URI.createURI("memory:/report.xmi")); //$NON-NLS-1$
		resource.getContents().add(root);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, null);
		} finally {
			resource.getContents().clear();
		}
		return out.toByteArray();
	}

	/**
	 * Reads a root object from XMI bytes, with the safe load options.
	 *
	 * @throws IOException when the bytes are not a well-formed report file
	 */
	public static <T extends EObject> T fromBytes(byte[] bytes, Class<T> type) throws IOException {
		ReportResource resource = new ReportResource(URI.createURI("memory:/report.xmi")); //$NON-NLS-1$
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			resource.load(in, null);
		} catch (RuntimeException e) {
			throw new IOException(e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !type.isInstance(resource.getContents().get(0))) {
			throw new IOException("not a " + type.getSimpleName() + " file"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return type.cast(resource.getContents().get(0));
	}
}
