package yeardiff.cli.commands;

import java.io.PrintWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code yeardiff} command: a container of one class per sub-command.
 */
@Command(name = "yeardiff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, //
		description = "Tracks how the yearly report on international military cooperation changes from one year to the next.", //
		subcommands = { HelpCommand.class, InitCommand.class, SampleCommand.class, ImportCommand.class, ListCommand.class,
				ShowCommand.class, FactsCommand.class, DiffCommand.class, TimelineCommand.class, HistoryCommand.class,
				SearchCommand.class, CommitmentsCommand.class, VerdictCommand.class, LinkCommand.class, UnlinkCommand.class,
				DraftCommand.class, LogCommand.class,
				RemoteCommand.class, PushCommand.class, PullCommand.class, SubjectsCommand.class, SubjectCommand.class, RereadCommand.class })
public final class YeardiffCommand implements Runnable {

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

	@Override
	public void run() {
		out.println("Usage: yeardiff COMMAND [OPTIONS]; 'yeardiff help' lists the commands."); //$NON-NLS-1$
	}
}
