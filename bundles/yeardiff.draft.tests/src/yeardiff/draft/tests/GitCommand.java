package yeardiff.draft.tests;

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
 * The real {@code git} command, to show that what the draft store commits is what users see with
 * their own tools. It runs with a home folder of its own and without system configuration, so the
 * tests neither read nor write the user's Git settings.
 */
final class GitCommand {

	static final Path GIT = Path.of("/usr/bin/git");

	private final Path home;

	GitCommand(Path home) {
		this.home = home;
	}

	static boolean isAvailable() {
		return Files.isExecutable(GIT);
	}

	/** Runs git in {@code dir}, fails the test unless it exits with 0, and answers its standard output. */
	String run(Path dir, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(GIT.toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		Files.createDirectories(home);
		Map<String, String> environment = builder.environment();
		environment.put("HOME", home.toString());
		environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
		environment.put("GIT_CONFIG_NOSYSTEM", "1");
		environment.put("LC_ALL", "C");
		environment.remove("GIT_DIR");
		environment.remove("GIT_WORK_TREE");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("git " + String.join(" ", arguments) + " hangs");
		}
		assertEquals(0, process.exitValue(), () -> "git " + String.join(" ", arguments) + ":\n" + output);
		return output;
	}
}
