package yeardiff.store.tests;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * A plain class path made of the bundles installed in the running OSGi framework: their jars, and
 * for bundles built in this reactor their output folders. Enough to start a child JVM that runs
 * headless Yeardiff code without the framework.
 */
final class BundleClassPath {

	private BundleClassPath() {
	}

	/** The class path, or null outside OSGi. */
	static String of(Class<?> anchor) {
		BundleContext context;
		try {
			Bundle self = FrameworkUtil.getBundle(anchor);
			if (self == null) {
				return null;
			}
			if (self.getBundleContext() == null) {
				// The tests' host has no activator and is not started by the test runtime: start it
				// for this run only, to have a context to list the installed bundles with.
				self.start(Bundle.START_TRANSIENT);
			}
			context = self.getBundleContext();
		} catch (NoClassDefFoundError notInOsgi) {
			return null;
		} catch (org.osgi.framework.BundleException e) {
			throw new IllegalStateException("cannot start " + anchor.getName() + "'s bundle", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (context == null) {
			return null;
		}
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : context.getBundles()) {
			Path location = path(bundle.getLocation());
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

	private static Path path(String location) {
		int file = location == null ? -1 : location.indexOf("file:"); //$NON-NLS-1$
		if (file < 0) {
			return null;
		}
		try {
			return Path.of(URI.create(location.substring(file).replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException notAUri) {
			return Path.of(location.substring(file + "file:".length())); //$NON-NLS-1$
		}
	}
}
