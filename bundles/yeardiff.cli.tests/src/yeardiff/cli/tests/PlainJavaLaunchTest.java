package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import yeardiff.cli.JGitExitProbe;
import yeardiff.cli.launch.LauncherJar;

/**
 * The product's {@code yeardiff} command starts as plain Java, not in the OSGi framework these
 * tests run in: its start script runs {@code java -jar lib/yeardiff.jar} with the class path
 * {@link LauncherJar} wrote from the bundles' manifests. Here an installation is laid out as the
 * product build lays it, with the real start script and every bundle of this test runtime as its
 * plug-ins, and each command of a scripting session is run through it in a new process and in
 * this process (the code the Eclipse application runs): the output, the errors and the exit code
 * must be the same, and they must be what the letters say.
 */
class PlainJavaLaunchTest {

	@TempDir
	static Path temp;
	private static Path installation;
	private static String repository;

	@BeforeAll
	static void layOutInstallation() throws IOException, BundleException {
		repository = temp.resolve("sample").toString(); //$NON-NLS-1$
		assertEquals(0, CommandRun.of("sample", "--repo", repository).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		installation = layOut(temp.resolve("yeardiff")); //$NON-NLS-1$
	}

	/**
	 * Lays out an installation in {@code folder} as the product build does: the start script, the
	 * logging settings, {@code lib/yeardiff.jar} and every bundle of this runtime as a plug-in.
	 * Other tests that need the command in a process of its own start it from here.
	 */
	static Path layOut(Path folder) throws IOException, BundleException {
		Path installation = Files.createDirectories(folder);
		Path plugins = Files.createDirectories(installation.resolve("plugins")); //$NON-NLS-1$
		int index = 0;
		for (Path bundle : runtimeBundles()) {
			Files.createSymbolicLink(plugins.resolve(index++ + "-" + bundle.getFileName()), bundle); //$NON-NLS-1$
		}
		LauncherJar.write(plugins, installation.resolve("lib/yeardiff.jar")); //$NON-NLS-1$
		Path rootFiles = rootFiles();
		Files.copy(rootFiles.resolve("logging.properties"), installation.resolve("logging.properties")); //$NON-NLS-1$ //$NON-NLS-2$
		Path script = Files.copy(rootFiles.resolve("linux/yeardiff"), installation.resolve("yeardiff")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(script.toFile().setExecutable(true));
		return installation;
	}

	@Test
	void versionAndHelpAreThoseOfTheBundle() throws Exception {
		CommandRun version = same("--version"); //$NON-NLS-1$
		assertTrue(version.out().matches("yeardiff \\d+\\.\\d+\\.\\d+(\\.\\S+)?\\R"), version.out()); //$NON-NLS-1$
		CommandRun help = same("help"); //$NON-NLS-1$
		for (String command : List.of("init", "sample", "import", "list", "show", "facts", "diff", "timeline", "history", "search", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"commitments", "verdict", "draft", "log", "remote", "push", "pull")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			assertTrue(help.out().lines().anyMatch(line -> line.strip().startsWith(command + " ")), command + " missing from help: " + help.out()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void listPrintsEveryLetterInReportOrder() throws Exception {
		CommandRun list = same("list", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("2012", "2019-06-19", "2019", "2020", "2021"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				list.out().lines().map(line -> line.split("\\s+")[0]).toList()); //$NON-NLS-1$
		assertTrue(list.out().contains("Rapportage internationale defensiesamenwerking 2021"), list.out()); //$NON-NLS-1$
		CommandRun json = same("list", "--json", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(json.out().contains("\"id\": \"2019-06-19\""), json.out()); //$NON-NLS-1$
	}

	@Test
	void readingCommandsAnswerAlike() throws Exception {
		CommandRun timeline = same("timeline", "Noorwegen", "--json", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(timeline.out().contains("\"partner\""), timeline.out()); //$NON-NLS-1$
		CommandRun facts = same("facts", "--partner", "België", "--year", "2019", "--kind", "amount", "--json", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		assertTrue(facts.out().contains("€4,9 miljard"), facts.out()); //$NON-NLS-1$
		CommandRun diff = same("diff", "2019", "2020", "--partner", "belgie", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertTrue(diff.out().contains("2020"), diff.out()); //$NON-NLS-1$
		CommandRun search = same("search", "fregat", "--json", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(search.out().contains("fregatten"), search.out()); //$NON-NLS-1$
		same("show", "2019-06-19", "--json", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		same("commitments", "--json", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
		same("log", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void errorsAreTheSameOneLineWithTheSameExitCode(@TempDir Path files) throws Exception {
		CommandRun missing = same("show", "1900", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(1, missing.exitCode());
		assertEquals(1, missing.err().strip().lines().count(), missing.err());
		CommandRun wrong = same("no-such-command"); //$NON-NLS-1$
		assertEquals(2, wrong.exitCode());
		CommandRun option = same("list", "--bogus", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, option.exitCode());
		assertEquals("yeardiff: Unknown option: '--bogus' (see 'yeardiff help')", option.err().strip()); //$NON-NLS-1$
		CommandRun noRepository = same("list", "--repo", files.resolve("nothing-here").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(1, noRepository.exitCode());
		Path truncated = files.resolve("truncated.pdf"); //$NON-NLS-1$
		Files.writeString(truncated, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n"); //$NON-NLS-1$
		String head = CommandRun.git(Path.of(repository), "rev-parse", "HEAD"); //$NON-NLS-1$ //$NON-NLS-2$
		CommandRun pdf = same("import", truncated.toString(), "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, pdf.exitCode());
		assertTrue(pdf.err().contains("truncated.pdf"), pdf.err()); //$NON-NLS-1$
		assertEquals(head, CommandRun.git(Path.of(repository), "rev-parse", "HEAD")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theClassDataSharingArchivesAreMadeOnFirstUseWithoutAWord() throws Exception {
		// Reading commands get an archive of their own, smaller and so quicker to map; the others one of all.
		same("list", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(archives().anyMatch(name -> name.endsWith("-reading.jsa")), //$NON-NLS-1$
				"no archive for reading commands in the user's cache for a Java without the product's own: " + archives().toList()); //$NON-NLS-1$
		same("search", "fregat", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(archives().anyMatch(name -> name.endsWith(".jsa") && !name.endsWith("-reading.jsa")), //$NON-NLS-1$ //$NON-NLS-2$
				"no archive for the other commands in the user's cache: " + archives().toList()); //$NON-NLS-1$
		same("list", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
		same("diff", "2019", "2020", "--partner", "belgie", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	private static Stream<String> archives() throws IOException {
		try (Stream<Path> files = Files.walk(cache())) {
			return files.map(file -> file.getFileName().toString()).toList().stream();
		}
	}

	@Test
	void aJavaOlderThan21IsNamedInOneLine(@TempDir Path files) throws Exception {
		// A Java 17 that must not even be started: the script reads its version from its release file.
		Path oldJava = Files.createDirectories(files.resolve("jdk-17/bin")).getParent(); //$NON-NLS-1$
		Files.writeString(oldJava.resolve("release"), "JAVA_VERSION=\"17.0.2\"\nJAVA_RUNTIME_VERSION=\"17.0.2+8\"\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Path java = Files.writeString(oldJava.resolve("bin/java"), "#!/bin/sh\necho started >&2\nexit 3\n"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(java.toFile().setExecutable(true));
		CommandRun list = start(Map.of("JAVA_HOME", oldJava.toString()), "list", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(1, list.exitCode(), list.err());
		assertEquals("", list.out()); //$NON-NLS-1$
		assertEquals(List.of("yeardiff: needs Java 21 or newer, but " + oldJava.resolve("bin/java") //$NON-NLS-1$ //$NON-NLS-2$
				+ " is Java 17.0.2+8: set JAVA_HOME to a newer Java"), list.err().lines().toList()); //$NON-NLS-1$
	}

	@Test
	void aCommandLoadsNoJGitMessagesButJGitStillCleansUpAtExit(@TempDir Path files) throws Exception {
		// JGit outside OSGi loads its 1,200 messages before its first file operation; the command does not
		Path classes = files.resolve("classes.txt"); //$NON-NLS-1$
		CommandRun list = start(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classes), "list", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(0, list.exitCode(), list.err());
		String loaded = Files.readString(classes, StandardCharsets.UTF_8);
		assertTrue(loaded.contains("org.eclipse.jgit.lib.Repository "), "list read the repository without JGit?"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(loaded.contains("org.eclipse.jgit.nls.GlobalBundleCache "), "JGit's messages were loaded"); //$NON-NLS-1$ //$NON-NLS-2$
		// and what JGit does at the end of a process still happens: a lock left by an unfinished write goes
		Path index = files.resolve("index"); //$NON-NLS-1$
		List<String> probe = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				installation.resolve("lib/yeardiff.jar") + File.pathSeparator + codeSource(JGitExitProbe.class), //$NON-NLS-1$
				"-Xlog:class+load:file=" + classes, JGitExitProbe.class.getName(), index.toString()); //$NON-NLS-1$
		Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
		String out;
		try (InputStream in = process.getInputStream()) {
			out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertEquals(0, process.waitFor(), out);
		assertEquals("locked", out.strip()); //$NON-NLS-1$
		assertFalse(Files.exists(files.resolve("index.lock")), "the index lock outlived the process"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.readString(classes, StandardCharsets.UTF_8).contains("org.eclipse.jgit.nls.GlobalBundleCache "), //$NON-NLS-1$
				"JGit's own shutdown hook ran, not the command's"); //$NON-NLS-1$
	}

	/**
	 * Runs one command line through the installation's start script and in this process, checks that
	 * both printed and exited alike, and returns the run.
	 */
	private static CommandRun same(String... args) throws IOException, InterruptedException {
		CommandRun inProcess = CommandRun.of(args);
		CommandRun started = start(args);
		String command = "yeardiff " + String.join(" ", args); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(inProcess.err(), started.err(), command + ": standard error"); //$NON-NLS-1$
		assertEquals(inProcess.out(), started.out(), command + ": standard output"); //$NON-NLS-1$
		assertEquals(inProcess.exitCode(), started.exitCode(), command + ": exit code"); //$NON-NLS-1$
		return started;
	}

	private static CommandRun start(String... args) throws IOException, InterruptedException {
		return start(Map.of(), args);
	}

	private static CommandRun start(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(installation.resolve("yeardiff").toString()); //$NON-NLS-1$
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home")); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("HOME", System.getProperty("user.home")); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("XDG_CACHE_HOME", cache().toString()); //$NON-NLS-1$
		// where JGit keeps what it learns of the file system; the test writes only in its folder
		builder.environment().put("XDG_CONFIG_HOME", Files.createDirectories(temp.resolve("config")).toString()); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().putAll(environment);
		Path errors = Files.createTempFile(temp, "stderr", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
		builder.redirectError(errors.toFile());
		Process process = builder.start();
		String out;
		try (InputStream in = process.getInputStream()) {
			out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int exitCode = process.waitFor();
		return new CommandRun(exitCode, out, Files.readString(errors, StandardCharsets.UTF_8));
	}

	private static Path cache() throws IOException {
		return Files.createDirectories(temp.resolve("cache")); //$NON-NLS-1$
	}

	/**
	 * The jar of every bundle in this runtime, the framework's own included: from the bundles'
	 * locations and from the framework's list of the bundles it was started with.
	 */
	private static List<Path> runtimeBundles() throws BundleException {
		Bundle cli = FrameworkUtil.getBundle(LauncherJar.class);
		if (cli.getBundleContext() == null) {
			// a bundle has a context only while active; the command line needs no activation
			cli.start(Bundle.START_TRANSIENT);
		}
		Set<Path> files = new LinkedHashSet<>();
		files.add(codeSource(Bundle.class));
		List<String> locations = new ArrayList<>();
		for (Bundle bundle : cli.getBundleContext().getBundles()) {
			locations.add(bundle.getLocation());
		}
		locations.addAll(List.of(System.getProperty("osgi.bundles", "").split(","))); //$NON-NLS-1$ //$NON-NLS-2$
		for (String location : locations) {
			int file = location.indexOf("file:"); //$NON-NLS-1$
			if (file < 0) {
				continue;
			}
			String name = location.substring(file + "file:".length()); //$NON-NLS-1$
			int start = name.lastIndexOf('@');
			if (start > 0 && !name.substring(start).contains("/")) { //$NON-NLS-1$
				name = name.substring(0, start);
			}
			Path path = Paths.get(name);
			if (!path.isAbsolute()) {
				// the framework takes a relative location from its install area
				String installArea = System.getProperty("osgi.install.area", "file:" + System.getProperty("user.dir")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				path = Paths.get(installArea.substring(installArea.indexOf(':') + 1)).resolve(path);
			}
			// This test fragment is a project folder here and no part of an installation.
			if (Files.isRegularFile(path)) {
				files.add(path.toAbsolutePath().normalize());
			}
		}
		return new ArrayList<>(files);
	}

	private static Path codeSource(Class<?> type) {
		try {
			return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (java.net.URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The product's root files (start scripts) in the source tree, above the folder tests run in. */
	private static Path rootFiles() {
		for (Path folder = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); folder != null; folder = folder.getParent()) { //$NON-NLS-1$
			Path candidate = folder.resolve("features/yeardiff.ui.feature/rootfiles"); //$NON-NLS-1$
			if (Files.isRegularFile(candidate.resolve("linux/yeardiff"))) { //$NON-NLS-1$
				return candidate;
			}
		}
		throw new IllegalStateException("no features/yeardiff.ui.feature/rootfiles above " + System.getProperty("user.dir")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
