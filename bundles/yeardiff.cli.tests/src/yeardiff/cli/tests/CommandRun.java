package yeardiff.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import yeardiff.cli.YeardiffCommandLine;

/** One run of the yeardiff command line, in process, with what it printed. */
record CommandRun(int exitCode, String out, String err) {

	static CommandRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = YeardiffCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Runs the real git binary in {@code directory} and returns what it printed on stdout. */
	static String git(Path directory, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("git"); //$NON-NLS-1$
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("git " + String.join(" ", args) + " failed: " + output); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return output;
	}
}
