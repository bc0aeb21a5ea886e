package yeardiff.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds jars with class files older than Java 6 (version 50). The Java runtime keeps no such
 * class in a class-data-sharing archive, so {@link LauncherJar} puts a copy of such a jar into the
 * installation's {@code lib} folder, where the product build rewrites its classes for Java 8
 * ({@code releng/yeardiff.product/tools/CurrentClassFiles.java}) before the archive is trained.
 */
final class OldClassFiles {

	private static final int JAVA_6 = 50;
	/** A class file's magic number and its minor and major version. */
	private static final int HEADER = 8;

	private OldClassFiles() {
	}

	/** Whether the jar {@code entry} has a class file older than Java 6. */
	static boolean in(Path entry) throws IOException {
		if (!Files.isRegularFile(entry)) {
			return false;
		}
		try (JarFile jar = new JarFile(entry.toFile(), false)) {
			for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
				JarEntry classFile = entries.nextElement();
				if (classFile.getName().endsWith(".class") && !classFile.getName().startsWith("META-INF/")) { //$NON-NLS-1$ //$NON-NLS-2$
					try (InputStream content = jar.getInputStream(classFile)) {
						byte[] header = content.readNBytes(HEADER);
						if (header.length == HEADER && ((header[6] & 0xff) << 8 | header[7] & 0xff) < JAVA_6) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}
}
