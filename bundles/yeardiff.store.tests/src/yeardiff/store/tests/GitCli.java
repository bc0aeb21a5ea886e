package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git} command, run on what the store wrote: the proof that users' tools read a
 * Yeardiff repository. It runs with a home folder of its own and without system configuration, so
 * the tests neither read nor write the user's Git settings.
 */
final class GitCli {

	static final String GIT = "/usr/bin/git"; //$NON-NLS-1$

	private final Path home;

	GitCli(Path home) {
		this.home = home;
	}

	/** Runs git in {@code dir}, fails the test unless it exits with 0, and answers its output. */
	String run(Path dir, String... arguments) throws IOException, InterruptedException {
		Result result = exec(dir, arguments);
		assertEquals(0, result.exit(), () -> "git " + String.join(" ", arguments) + ":\n" + result.output()); //$NON-NLS-1$ //$NON-NLS-2$
		return result.output();
	}

	/** Runs git in {@code dir}: exit code and output (standard output and error together). */
	Result exec(Path dir, String... arguments) throws IOException, InterruptedException {
		Process process = start(dir, arguments);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("git " + String.join(" ", arguments) + " hangs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return new Result(process.exitValue(), output);
	}

	/** Starts git in {@code dir} with the test's environment, output and error merged. */
	Process start(Path dir, String... arguments) throws IOException {
		return builder(dir, List.of(arguments)).redirectErrorStream(true).start();
	}

	/** Starts git in {@code dir} with the test's environment, output and error apart (a Git protocol server). */
	Process startSeparate(Path dir, List<String> arguments) throws IOException {
		return builder(dir, arguments).start();
	}

	private ProcessBuilder builder(Path dir, List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(GIT);
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		Files.createDirectories(home);
		Map<String, String> environment = builder.environment();
		environment.put("HOME", home.toString()); //$NON-NLS-1$
		environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		environment.put("GIT_CONFIG_NOSYSTEM", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		environment.put("GIT_AUTHOR_NAME", "Git User"); //$NON-NLS-1$ //$NON-NLS-2$
		environment.put("GIT_AUTHOR_EMAIL", "git@example.org"); //$NON-NLS-1$ //$NON-NLS-2$
		environment.put("GIT_COMMITTER_NAME", "Git User"); //$NON-NLS-1$ //$NON-NLS-2$
		environment.put("GIT_COMMITTER_EMAIL", "git@example.org"); //$NON-NLS-1$ //$NON-NLS-2$
		environment.put("LC_ALL", "C"); //$NON-NLS-1$ //$NON-NLS-2$
		environment.remove("GIT_DIR"); //$NON-NLS-1$
		environment.remove("GIT_WORK_TREE"); //$NON-NLS-1$
		return builder;
	}

	/** {@code git fsck --strict} finds nothing wrong (dangling objects are no error). */
	void assertFsckClean(Path dir) throws IOException, InterruptedException {
		Result fsck = exec(dir, "fsck", "--strict", "--no-dangling"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(new Result(0, ""), fsck, "git fsck --strict"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code git status} shows neither changed nor untracked files. */
	void assertStatusClean(Path dir) throws IOException, InterruptedException {
		assertEquals("", run(dir, "status", "--porcelain", "--untracked-files=all"), "git status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	record Result(int exit, String output) {
	}
}
