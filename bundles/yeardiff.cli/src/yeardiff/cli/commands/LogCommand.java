package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import yeardiff.store.LogEntry;
import yeardiff.store.ReportRepository;

/** {@code yeardiff log}: the repository's history in the product's terms. */
@Command(name = "log", description = "Show the repository's history: imports, replacements, verdicts, drafts.")
public final class LogCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Option(names = { "-n", "--max" }, paramLabel = "N", defaultValue = "50", description = "Show at most N entries (default 50).")
	private int max;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		List<LogEntry> entries;
		try (ReportRepository reports = repository.open()) {
			entries = reports.log(max);
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, entries);
		} else {
			for (LogEntry entry : entries) {
				out.printf("%s %s %-8s %s%n", entry.shortCommit(), entry.date(), entry.kind(), entry.message()); //$NON-NLS-1$
			}
		}
		return Integer.valueOf(0);
	}
}
