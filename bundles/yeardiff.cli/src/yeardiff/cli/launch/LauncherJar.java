package yeardiff.cli.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import yeardiff.cli.YeardiffMain;

/**
 * Writes the jar the product's {@code yeardiff} script starts: no classes, only a manifest whose
 * {@code Main-Class} is {@link YeardiffMain} and whose {@code Class-Path} lists the command's
 * plug-ins ({@link BundleClosure}) relative to the jar, so the installation can be moved and the
 * same start works on every platform. Signed plug-ins are put there as unsigned copies beside the
 * jar ({@link UnsignedCopy}), and so are plug-ins with class files older than Java 6
 * ({@link OldClassFiles}), for the build to rewrite. The product build runs it once the plug-ins are in place:
 *
 * <pre>
 * java -cp plugins/yeardiff.cli_*.jar yeardiff.cli.launch.LauncherJar PLUGINS_FOLDER JAR
 * </pre>
 *
 * and the script runs {@code java -jar JAR ARGUMENTS}.
 */
public final class LauncherJar {

	/** The bundle whose command the jar starts. */
	static final String ROOT = "yeardiff.cli"; //$NON-NLS-1$

	private LauncherJar() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: LauncherJar PLUGINS_FOLDER JAR"); //$NON-NLS-1$
			System.exit(2);
		}
		write(Paths.get(args[0]), Paths.get(args[1]));
	}

	/** Writes {@code jar} for the plug-ins in {@code plugins}. */
	public static void write(Path plugins, Path jar) throws IOException {
		Path target = jar.toAbsolutePath().normalize();
		List<Path> classPath = BundleClosure.of(plugins).classPath(ROOT);
		Files.createDirectories(target.getParent());
		StringBuilder entries = new StringBuilder();
		for (Path entry : classPath) {
			if (entries.length() > 0) {
				entries.append(' ');
			}
			Path onClassPath = entry.toAbsolutePath().normalize();
			if (UnsignedCopy.wanted(onClassPath) || OldClassFiles.in(onClassPath)) {
				onClassPath = target.resolveSibling(onClassPath.getFileName());
				UnsignedCopy.write(entry, onClassPath);
			}
			entries.append(relativeUri(target.getParent(), onClassPath));
		}
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0"); //$NON-NLS-1$
		main.put(Attributes.Name.MAIN_CLASS, YeardiffMain.class.getName());
		main.put(Attributes.Name.CLASS_PATH, entries.toString());
		// As the Equinox launcher's jar does: libraries (Lucene) may call native code without a warning.
		main.put(new Attributes.Name("Enable-Native-Access"), "ALL-UNNAMED"); //$NON-NLS-1$ //$NON-NLS-2$
		try (OutputStream out = Files.newOutputStream(target); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
			jarOut.flush();
		}
	}

	/* Class-Path entries are relative URLs: separators are slashes, folders end in one. */
	private static String relativeUri(Path base, Path entry) throws IOException {
		StringBuilder path = new StringBuilder();
		for (Path part : base.relativize(entry)) {
			if (path.length() > 0) {
				path.append('/');
			}
			path.append(part.toString());
		}
		if (Files.isDirectory(entry)) {
			path.append('/');
		}
		try {
			return new URI(null, null, path.toString(), null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IOException(e);
		}
	}
}
