package yeardiff.store.tests;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A plain class path made of the bundles the running Equinox framework was started with (its
 * {@code osgi.bundles} property, which Equinox publishes as a system property): their jars, and for
 * bundles built in this reactor their output folders. Enough to start a child JVM that runs
 * headless Yeardiff code without the framework.
 */
final class BundleClassPath {

	private BundleClassPath() {
	}

	/** The class path, or null when not running in Equinox. */
	static String of() {
		String bundles = System.getProperty("osgi.bundles"); //$NON-NLS-1$
		if (bundles == null || bundles.isBlank()) {
			return null;
		}
		Set<String> entries = new LinkedHashSet<>();
		for (String bundle : bundles.split(",")) { //$NON-NLS-1$
			Path location = path(bundle.strip());
			if (location == null) {
				continue;
			}
			if (Files.isDirectory(location)) {
				// A reactor project: Tycho runs it from its folder with the classes in target/classes.
				Path classes = location.resolve("target").resolve("classes"); //$NON-NLS-1$ //$NON-NLS-2$
				entries.add((Files.isDirectory(classes) ? classes : location).toString());
			} else if (Files.isRegularFile(location)) {
				entries.add(location.toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/** The file of an entry such as {@code reference:file:/path/bundle.jar@2:start}. */
	private static Path path(String entry) {
		int file = entry.indexOf("file:"); //$NON-NLS-1$
		if (file < 0) {
			return null;
		}
		String location = entry.substring(file);
		int options = location.indexOf('@');
		if (options >= 0) {
			location = location.substring(0, options);
		}
		try {
			return Path.of(URI.create(location.replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException notAUri) {
			return Path.of(location.substring("file:".length())); //$NON-NLS-1$
		}
	}
}
