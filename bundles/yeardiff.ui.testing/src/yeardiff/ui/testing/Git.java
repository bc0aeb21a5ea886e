package yeardiff.ui.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Asks the real git about a repository, so that the tests do not take the store's word for it. */
public final class Git {

	private Git() {
	}

	/** What {@code git <arguments>} prints in {@code directory}; fails when git does. */
	public static String run(Path directory, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("git"); //$NON-NLS-1$
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		// The test's own home (user.home), so that no configuration of the machine's user applies.
		builder.environment().put("HOME", System.getProperty("user.home")); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + " failed in " + directory + ": " + output); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return output;
	}

	/** The lines {@code git <arguments>} prints in {@code directory}; fails when git does. */
	public static List<String> lines(Path directory, String... arguments) throws IOException, InterruptedException {
		return run(directory, arguments).lines().toList();
	}

	/** Like {@link #run}, but a failure is an empty output, for polling. */
	public static String runOrEmpty(Path directory, String... arguments) {
		try {
			return run(directory, arguments);
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ""; //$NON-NLS-1$
		}
	}

	/** Like {@link #lines}, but a failure is no lines, for polling. */
	public static List<String> linesOrNone(Path directory, String... arguments) {
		return runOrEmpty(directory, arguments).lines().toList();
	}

	/**
	 * Fails unless the repository is whole and clean: {@code git fsck --strict} finds nothing and
	 * {@code git status --porcelain} lists no change.
	 */
	public static void assertIntactAndClean(Path repository) throws IOException, InterruptedException {
		run(repository, "fsck", "--strict"); //$NON-NLS-1$ //$NON-NLS-2$
		String status = run(repository, "status", "--porcelain"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!status.isEmpty()) {
			throw new AssertionError("git status of " + repository + " is not clean:\n" + status); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The commit HEAD names. */
	public static String head(Path repository) throws IOException, InterruptedException {
		return run(repository, "rev-parse", "HEAD").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
