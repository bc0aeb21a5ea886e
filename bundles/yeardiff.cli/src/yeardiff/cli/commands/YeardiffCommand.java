package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code yeardiff} command: a container of one class per sub-command.
 */
@Command(name = "yeardiff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, //
		description = "Tracks how the yearly report on international military cooperation changes from one year to the next.")
public final class YeardiffCommand implements Runnable {

	/** The sub-commands, in the order help lists them. */
	static final List<Class<?>> SUBCOMMANDS = List.of(HelpCommand.class, InitCommand.class, SampleCommand.class, ImportCommand.class,
			ListCommand.class, ShowCommand.class, FactsCommand.class, DiffCommand.class, TimelineCommand.class, HistoryCommand.class,
			SearchCommand.class, CommitmentsCommand.class, VerdictCommand.class, LinkCommand.class, UnlinkCommand.class,
			DraftCommand.class, LogCommand.class, RemoteCommand.class, PushCommand.class, PullCommand.class, SubjectsCommand.class,
			SubjectCommand.class, RereadCommand.class);

	private final PrintWriter out;
	private final PrintWriter err;

	public YeardiffCommand(PrintWriter out, PrintWriter err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Where a command reports a problem it goes on after (a report left out): the command line's
	 * stderr, which picocli's own {@code getErr()} of a sub-command does not reliably give.
	 */
	public PrintWriter err() {
		return err;
	}

	/**
	 * The command line that runs {@code args}. Picocli builds the model of a command's options by
	 * reflection, which took most of a short command's time when every sub-command was built: a
	 * command line that starts with a sub-command's name gets that sub-command only, which parses,
	 * runs and fails as it does among all the others (none of them refers to another). Any other
	 * command line (help, options first, no or an unknown sub-command) gets them all, since help
	 * and the error for a mistyped name list them.
	 */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
		CommandLine commandLine = new CommandLine(new YeardiffCommand(out, err));
		Class<?> named = args.length == 0 ? null : named(args[0]);
		for (Class<?> subcommand : SUBCOMMANDS) {
			if (named == null || subcommand == named) {
				commandLine.addSubcommand(subcommand);
			}
		}
		return commandLine;
	}

	/** Whether {@code args} start with a sub-command's name: every one of them works on a repository. */
	public static boolean runsSubcommand(String[] args) {
		return args.length > 0 && named(args[0]) != null;
	}

	private static Class<?> named(String name) {
		for (Class<?> subcommand : SUBCOMMANDS) {
			if (subcommand != HelpCommand.class && subcommand.getAnnotation(Command.class).name().equals(name)) {
				return subcommand;
			}
		}
		return null;
	}

	@Override
	public void run() {
		out.println("Usage: yeardiff COMMAND [OPTIONS]; 'yeardiff help' lists the commands."); //$NON-NLS-1$
	}
}
