import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Rewrites the class files older than Java 6 (version 50) in the jars of an installation's
 * {@code lib} folder as Java 8 class files (version 52) with stack maps, the same code otherwise.
 * The Java runtime keeps no such old class in a class-data-sharing archive and checks each with
 * its slow old verifier as it loads it: picocli, which every {@code yeardiff} command starts with,
 * ships Java 5 class files, and was the most of what the command loaded outside the archive.
 * The product build runs it after {@code yeardiff.cli.launch.LauncherJar} has put copies of such
 * jars into {@code lib}, and before the archive is trained:
 *
 * <pre>
 * java CurrentClassFiles.java LIB_FOLDER...
 * </pre>
 *
 * It needs Java 24 or newer (the class-file API); the build skips it on an older Java, and the
 * command then only starts slower.
 */
public final class CurrentClassFiles {

	private static final int JAVA_6 = 50;
	private static final int JAVA_8 = 52;

	private CurrentClassFiles() {
	}

	public static void main(String[] args) throws IOException {
		for (String folder : args) {
			List<Path> jars = new ArrayList<>();
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(folder), "*.jar")) { //$NON-NLS-1$
				entries.forEach(jars::add);
			}
			for (Path jar : jars) {
				rewrite(jar, jars);
			}
		}
	}

	/** Rewrites {@code jar} in place when it has old class files; {@code libraries} resolve the types that stack maps name. */
	private static void rewrite(Path jar, List<Path> libraries) throws IOException {
		Path rewritten = jar.resolveSibling(jar.getFileName() + ".new"); //$NON-NLS-1$
		int upgraded = 0;
		List<URL> urls = new ArrayList<>();
		for (Path library : libraries) {
			urls.add(library.toUri().toURL());
		}
		try (URLClassLoader types = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
				JarFile in = new JarFile(jar.toFile(), false)) {
			// Stack maps name the common super type of two types: it is looked up in the jar and its neighbours.
			ClassFile classFiles = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS, ClassFile.ClassHierarchyResolverOption
					.of(ClassHierarchyResolver.ofResourceParsing(types).orElse(ClassHierarchyResolver.defaultResolver())));
			Manifest manifest = in.getManifest();
			try (OutputStream file = Files.newOutputStream(rewritten);
					JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
				for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
					JarEntry entry = entries.nextElement();
					if (JarFile.MANIFEST_NAME.equalsIgnoreCase(entry.getName()) && manifest != null) {
						continue;
					}
					byte[] bytes;
					try (InputStream content = in.getInputStream(entry)) {
						bytes = content.readAllBytes();
					}
					if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) { //$NON-NLS-1$ //$NON-NLS-2$
						ClassModel model = classFiles.parse(bytes);
						if (model.majorVersion() < JAVA_6) {
							ClassTransform toJava8 = (builder, element) -> {
								if (element instanceof ClassFileVersion) {
									builder.withVersion(JAVA_8, 0);
								} else {
									builder.with(element);
								}
							};
							// Passing every method body through the builder makes it write their stack maps.
							bytes = classFiles.transformClass(model, toJava8.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
							upgraded++;
						}
					}
					JarEntry copied = new JarEntry(entry.getName());
					copied.setTime(entry.getTime());
					out.putNextEntry(copied);
					out.write(bytes);
					out.closeEntry();
				}
			}
		}
		if (upgraded > 0) {
			Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
		} else {
			Files.delete(rewritten);
		}
	}
}
