package yeardiff.cli.commands;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/**
 * The product version: the CLI bundle's version, from the framework in OSGi and from the bundle's
 * jar on a plain class path (the product's {@code yeardiff} command), so both launches print the
 * same; the release version where neither knows it (classes run from a build folder).
 */
public final class VersionProvider implements IVersionProvider {

	static final String RELEASE = "1.0.0"; //$NON-NLS-1$

	@Override
	public String[] getVersion() {
		return new String[] { "yeardiff " + version() }; //$NON-NLS-1$
	}

	static String version() {
		try {
			Bundle bundle = FrameworkUtil.getBundle(VersionProvider.class);
			if (bundle != null) {
				return bundle.getVersion().toString();
			}
		} catch (NoClassDefFoundError notInOsgi) {
			// Plain Java without the framework's API on the class path: the jar still knows.
		}
		String fromJar = jarVersion();
		return fromJar != null ? fromJar : RELEASE;
	}

	private static String jarVersion() {
		CodeSource source = VersionProvider.class.getProtectionDomain().getCodeSource();
		if (source == null) {
			return null;
		}
		try {
			Path location = Path.of(source.getLocation().toURI());
			if (!Files.isRegularFile(location)) {
				return null;
			}
			try (JarFile jar = new JarFile(location.toFile(), false)) {
				Manifest manifest = jar.getManifest();
				return manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version"); //$NON-NLS-1$
			}
		} catch (IOException | URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}
}
