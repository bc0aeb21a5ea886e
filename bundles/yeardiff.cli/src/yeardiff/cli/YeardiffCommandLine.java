package yeardiff.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import yeardiff.cli.commands.YeardiffCommand;

/**
 * Runs one {@code yeardiff} command line. Errors follow the contract of the CLI: one line on
 * stderr, a non-zero exit code (1 for a failed command, 2 for a wrong command line), and no stack
 * trace unless {@code YEARDIFF_DEBUG} is set.
 */
public final class YeardiffCommandLine {

	/** Exit code of a command that could not do what was asked. */
	public static final int FAILED = 1;
	/** Exit code of a command line that is not understood. */
	public static final int USAGE = 2;

	private YeardiffCommandLine() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
		PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
		CommandLine commandLine = YeardiffCommand.commandLine(outWriter, args);
		commandLine.setOut(outWriter);
		commandLine.setErr(errWriter);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setParameterExceptionHandler((ParameterException e, String[] arguments) -> {
			errWriter.println("yeardiff: " + oneLine(e.getMessage()) + " (see 'yeardiff help')"); //$NON-NLS-1$ //$NON-NLS-2$
			return USAGE;
		});
		commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
			errWriter.println("yeardiff: " + describe(e)); //$NON-NLS-1$
			if (System.getenv("YEARDIFF_DEBUG") != null) { //$NON-NLS-1$
				e.printStackTrace(errWriter);
			}
			return FAILED;
		});
		int exitCode = commandLine.execute(args);
		outWriter.flush();
		errWriter.flush();
		return exitCode;
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		if (message == null || message.isBlank()) {
			message = e.getClass().getSimpleName();
		}
		return oneLine(message);
	}

	private static String oneLine(String message) {
		return message.strip().replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
