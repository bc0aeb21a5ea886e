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
 * trace unless {@code YEARDIFF_DEBUG} is set. That holds for every {@link Throwable}, errors such as
 * running out of memory included, and only the command writes to stderr: what libraries log goes to
 * the product log ({@link LibraryLog}). Every launch of the command (the product's application,
 * the plain Java entry) goes through {@link #run}.
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
		return run(YeardiffCommand.commandLine(outWriter, errWriter, args), args, outWriter, errWriter);
	}

	/**
	 * Runs {@code args} through {@code commandLine} under the contract above. Apart from
	 * {@link #run(String[], PrintStream, PrintStream)} only the tests call it, with commands that
	 * fail as libraries and the virtual machine can make a command fail.
	 */
	static int run(CommandLine commandLine, String[] args, PrintWriter outWriter, PrintWriter errWriter) {
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
		int exitCode;
		try (LibraryLog log = LibraryLog.redirect()) {
			exitCode = commandLine.execute(args);
		} catch (OutOfMemoryError e) {
			// Thrown out of the command: what it held is unreachable now, so a message can be made.
			errWriter.println("yeardiff: " + outOfMemory(commandLine)); //$NON-NLS-1$
			debug(e, errWriter);
			exitCode = FAILED;
		} catch (Throwable e) {
			errWriter.println("yeardiff: " + describe(e)); //$NON-NLS-1$
			debug(e, errWriter);
			exitCode = FAILED;
		}
		outWriter.flush();
		errWriter.flush();
		return exitCode;
	}

	private static String outOfMemory(CommandLine commandLine) {
		long megabytes = Runtime.getRuntime().maxMemory() >> 20;
		CommandLine.ParseResult parsed = commandLine.getParseResult();
		boolean importing = parsed != null && parsed.subcommand() != null && "import".equals(parsed.subcommand().commandSpec().name()); //$NON-NLS-1$
		String what = importing ? "the letters are too large to import" : "the work is too large to do"; //$NON-NLS-1$ //$NON-NLS-2$
		return what + " within " + megabytes + " MB of memory: give Yeardiff more memory (-Xmx in the yeardiff script)"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void debug(Throwable e, PrintWriter errWriter) {
		if (System.getenv("YEARDIFF_DEBUG") != null) { //$NON-NLS-1$
			e.printStackTrace(errWriter);
		}
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		if (message == null || message.isBlank()) {
			message = e.getClass().getSimpleName();
		} else if (e instanceof Error) {
			// a virtual machine's error says little by its message alone ("Java heap space", "null")
			message = e.getClass().getSimpleName() + ": " + message; //$NON-NLS-1$
		}
		if (e instanceof Error) {
			message = "internal error (" + message + "): set YEARDIFF_DEBUG=1 to see where"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return oneLine(message);
	}

	private static String oneLine(String message) {
		return message.strip().replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
