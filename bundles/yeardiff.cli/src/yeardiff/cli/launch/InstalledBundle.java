package yeardiff.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plug-in of the installation, a jar or a folder, with what its manifest says about wiring:
 * what it exports, requires and imports, the services it looks up or offers through
 * {@link java.util.ServiceLoader}, and where its classes are.
 */
record InstalledBundle(Path location, String symbolicName, BundleVersion version, List<ManifestClause> exports,
		List<ManifestClause> requiredBundles, List<ManifestClause> imports, String host, List<String> usedServices,
		List<String> offeredServices, List<String> classPath) {

	private static final String SERVICE_LOADER = "osgi.serviceloader"; //$NON-NLS-1$
	private static final Pattern SERVICE_FILTER = Pattern.compile("\\(osgi\\.serviceloader=([^)]+)\\)"); //$NON-NLS-1$

	/** The bundle at {@code location}, or null when it has no OSGi manifest. */
	static InstalledBundle read(Path location) throws IOException {
		Manifest manifest = manifest(location);
		if (manifest == null) {
			return null;
		}
		Attributes main = manifest.getMainAttributes();
		List<ManifestClause> name = ManifestClause.parse(main.getValue("Bundle-SymbolicName")); //$NON-NLS-1$
		if (name.isEmpty() || name.get(0).names().isEmpty()) {
			return null;
		}
		List<ManifestClause> host = ManifestClause.parse(main.getValue("Fragment-Host")); //$NON-NLS-1$
		List<String> used = new ArrayList<>();
		for (ManifestClause requirement : ManifestClause.parse(main.getValue("Require-Capability"))) { //$NON-NLS-1$
			if (requirement.names().contains(SERVICE_LOADER)) {
				String service = requirement.attributes().get(SERVICE_LOADER);
				Matcher filter = SERVICE_FILTER.matcher(requirement.directives().getOrDefault("filter", "")); //$NON-NLS-1$ //$NON-NLS-2$
				if (service != null) {
					used.add(service);
				} else if (filter.find()) {
					used.add(filter.group(1));
				}
			}
		}
		List<String> offered = new ArrayList<>();
		for (ManifestClause capability : ManifestClause.parse(main.getValue("Provide-Capability"))) { //$NON-NLS-1$
			if (capability.names().contains(SERVICE_LOADER)) {
				String service = capability.attributes().get(SERVICE_LOADER);
				if (service != null) {
					offered.add(service);
				}
			}
		}
		List<String> classPath = new ArrayList<>();
		for (ManifestClause entry : ManifestClause.parse(main.getValue("Bundle-ClassPath"))) { //$NON-NLS-1$
			classPath.addAll(entry.names());
		}
		if (classPath.isEmpty()) {
			classPath.add("."); //$NON-NLS-1$
		}
		return new InstalledBundle(location, name.get(0).names().get(0), BundleVersion.parse(main.getValue("Bundle-Version")), //$NON-NLS-1$
				ManifestClause.parse(main.getValue("Export-Package")), //$NON-NLS-1$
				ManifestClause.parse(main.getValue("Require-Bundle")), //$NON-NLS-1$
				ManifestClause.parse(main.getValue("Import-Package")), //$NON-NLS-1$
				host.isEmpty() || host.get(0).names().isEmpty() ? null : host.get(0).names().get(0), used, offered, classPath);
	}

	private static Manifest manifest(Path location) throws IOException {
		if (Files.isDirectory(location)) {
			Path file = location.resolve(JarFile.MANIFEST_NAME);
			if (!Files.isRegularFile(file)) {
				return null;
			}
			try (InputStream in = Files.newInputStream(file)) {
				return new Manifest(in);
			}
		}
		try (JarFile jar = new JarFile(location.toFile(), false)) {
			return jar.getManifest();
		}
	}

	/**
	 * The highest version in {@code range} at which this bundle exports {@code packageName}, or
	 * null when it does not (a bundle may export a package at several versions).
	 */
	BundleVersion exportVersion(String packageName, String range) {
		BundleVersion best = null;
		for (ManifestClause export : exports) {
			if (export.names().contains(packageName)) {
				BundleVersion version = BundleVersion.parse(export.attributes().get("version")); //$NON-NLS-1$
				if (version.in(range) && (best == null || version.compareTo(best) > 0)) {
					best = version;
				}
			}
		}
		return best;
	}

	/**
	 * The class path entries of this bundle on a flat class path: the jar itself, or for a folder
	 * the entries its {@code Bundle-ClassPath} names. A jar inside a jar cannot be on a class path.
	 *
	 * @throws IOException when the bundle is a jar that keeps classes in nested jars
	 */
	List<Path> classPathEntries() throws IOException {
		List<Path> entries = new ArrayList<>();
		boolean folder = Files.isDirectory(location);
		for (String entry : classPath) {
			if (".".equals(entry)) { //$NON-NLS-1$
				entries.add(location);
			} else if (folder) {
				Path nested = location.resolve(entry);
				if (Files.exists(nested)) {
					entries.add(nested);
				}
			} else {
				throw new IOException(symbolicName + " keeps classes in " + entry + " inside its jar: unpack it to put it on a class path"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return entries;
	}
}
