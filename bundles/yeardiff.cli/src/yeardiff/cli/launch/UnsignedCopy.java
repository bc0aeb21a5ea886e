package yeardiff.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A copy of a signed plug-in without its signature, for the command's class path. The Java
 * runtime verifies a signed jar's every class as it loads it and never keeps such classes in a
 * class-data-sharing archive, which would leave most of JGit and EMF out of the archive that
 * makes the command start fast. Equinox, which runs the workbench, does not check signatures
 * either. A jar that offers a security provider keeps its signature: a Java runtime may refuse
 * an unsigned cryptography provider.
 */
final class UnsignedCopy {

	private static final String PROVIDER_SERVICE = "META-INF/services/java.security.Provider"; //$NON-NLS-1$

	private UnsignedCopy() {
	}

	/** Whether {@code entry} is a signed jar to put on the class path as an unsigned copy. */
	static boolean wanted(Path entry) throws IOException {
		if (!Files.isRegularFile(entry)) {
			return false;
		}
		try (JarFile jar = new JarFile(entry.toFile(), false)) {
			if (jar.getEntry(PROVIDER_SERVICE) != null) {
				return false;
			}
			for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
				if (isSignature(entries.nextElement().getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Writes {@code jar} to {@code copy} without its signature files and without the manifest's
	 * per-entry digests; entries and their times are kept, so the same plug-in gives the same copy.
	 */
	static void write(Path jar, Path copy) throws IOException {
		try (JarFile in = new JarFile(jar.toFile(), false)) {
			Manifest manifest = new Manifest();
			manifest.getMainAttributes().putAll(in.getManifest().getMainAttributes());
			manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0"); //$NON-NLS-1$
			try (OutputStream file = Files.newOutputStream(copy); JarOutputStream out = new JarOutputStream(file, manifest)) {
				for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
					JarEntry entry = entries.nextElement();
					String name = entry.getName();
					if (JarFile.MANIFEST_NAME.equalsIgnoreCase(name) || isSignature(name)) {
						continue;
					}
					JarEntry copied = new JarEntry(name);
					copied.setTime(entry.getTime());
					out.putNextEntry(copied);
					try (InputStream content = in.getInputStream(entry)) {
						content.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| upper.startsWith("META-INF/SIG-"); //$NON-NLS-1$
	}
}
