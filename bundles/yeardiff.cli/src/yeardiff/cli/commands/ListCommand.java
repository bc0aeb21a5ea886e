package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;

/** {@code yeardiff list}: the reports in the repository, oldest first. */
@Command(name = "list", description = "List the reports in the repository.")
public final class ListCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private YeardiffCommand parent;

	@Override
	public Integer call() throws Exception {
		List<ReportEntry> entries;
		try (ReportRepository reports = repository.openForReading(parent.err())) {
			entries = reports.list();
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, entries);
		} else if (entries.isEmpty()) {
			out.println("No reports yet: import a letter with 'yeardiff import FILE'."); //$NON-NLS-1$
		} else {
			for (ReportEntry entry : entries) {
				out.printf("%-11s %-8s %4d  %-10s %4d statements  %s%n", entry.id(), entry.kind(), //$NON-NLS-1$
						Integer.valueOf(entry.year()), entry.date() == null ? "-" : entry.date(), //$NON-NLS-1$
						Integer.valueOf(entry.statements()), entry.title());
			}
		}
		return Integer.valueOf(0);
	}
}
