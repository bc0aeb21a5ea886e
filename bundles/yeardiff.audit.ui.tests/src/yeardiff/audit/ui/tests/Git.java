package yeardiff.audit.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Asks the real git what a repository's history holds, so the tests do not take the store's word for it. */
final class Git {

	private Git() {
	}

	/** The lines {@code git <arguments>} prints in {@code repository}. */
	static List<String> lines(Path repository, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("git"); //$NON-NLS-1$
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + output); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return output.lines().toList();
	}

	/** Like {@link #lines}, but an exception becomes an empty history, for polling. */
	static List<String> linesOrNone(Path repository, String... arguments) {
		try {
			return lines(repository, arguments);
		} catch (IOException e) {
			return List.of();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}
}
