package yeardiff.store.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Starts {@link ImportLoop} in a separate Java process with the class path of the running tests,
 * to test what only another process can do: hold a lock across processes, or die by
 * {@code kill -9} in the middle of an import.
 *
 * <p>On a plain class path the child gets that class path. Under OSGi (tycho-surefire) the class
 * path holds only the framework launcher, so the child's class path is made of the installed
 * bundles' jars and output folders: the store is plain Java and runs without the framework.</p>
 */
final class ChildJvm {

	private static final String CLASS_FILE = ImportLoop.class.getName().replace('.', '/') + ".class"; //$NON-NLS-1$

	private ChildJvm() {
	}

	/** Whether a class path for the child can be found (see {@link #classPath()}). */
	static boolean isAvailable() {
		return classPath() != null;
	}

	/** The class path of the child: the tests' own, or under OSGi the installed bundles' locations. */
	static String classPath() {
		String own = System.getProperty("java.class.path", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (holdsMainClass(own)) {
			return own;
		}
		String bundles = BundleClassPath.of();
		return bundles != null && holdsMainClass(bundles) ? bundles : null;
	}

	private static boolean holdsMainClass(String classPath) {
		for (String entry : classPath.split(File.pathSeparator)) {
			if (!entry.isEmpty() && holds(Path.of(entry))) {
				return true;
			}
		}
		return false;
	}

	private static boolean holds(Path entry) {
		if (Files.isDirectory(entry)) {
			return Files.isRegularFile(entry.resolve(CLASS_FILE));
		}
		if (!Files.isRegularFile(entry)) {
			return false;
		}
		try (JarFile jar = new JarFile(entry.toFile())) {
			return jar.getEntry(CLASS_FILE) != null;
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * Starts {@code ImportLoop} with the arguments; its home folder is {@code home}, so JGit writes
	 * its settings there, and its standard output and error go to {@code log}, which keeps them
	 * even when the child is killed.
	 */
	static Process start(Path home, Path log, String... arguments) throws IOException {
		String java = ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<String> command = new ArrayList<>(List.of(java, "-Duser.home=" + home, "-cp", //$NON-NLS-1$ //$NON-NLS-2$
				classPath(), ImportLoop.class.getName()));
		command.addAll(List.of(arguments));
		Files.createDirectories(home);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}
}
