package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import yeardiff.compare.FactRow;
import yeardiff.compare.FactTable;
import yeardiff.export.FactsCsv;
import yeardiff.library.RepositorySubjects;
import yeardiff.store.ReportRepository;

/** {@code yeardiff facts}: the facts of all reports, filtered. */
@Command(name = "facts", description = "List facts (amounts, shares, counts, times) across reports.")
public final class FactsCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Option(names = "--partner", paramLabel = "P", description = "Only this partner (id, name or alias: duitsland, Germany, VS).")
	private String partner;

	@Option(names = "--year", paramLabel = "Y", description = "Only reports covering this year.")
	private int year;

	@Option(names = "--kind", paramLabel = "K", description = "Only this kind: amount, share, count, time.")
	private FactKind kind;

	@Option(names = "--csv", description = "Print CSV (the columns of the JSON contract) instead of text.")
	private boolean csv;

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private YeardiffCommand parent;

	/** The kinds of fact, as the JSON contract names them. */
	enum FactKind {
		amount, share, count, time
	}

	@Override
	public Integer call() throws Exception {
		String partnerId = Partners.resolve(spec, partner, repository);
		List<FactRow> rows;
		try (ReportRepository reports = repository.openForReading(parent.err())) {
			rows = new FactTable(RepositorySubjects.registry(reports)).rows(reports.loadAll(), partnerId, year, kind == null ? null : kind.name());
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, rows);
		} else if (csv) {
			new FactsCsv().write(rows, out);
			out.flush();
		} else {
			for (FactRow row : rows) {
				out.printf("%-10s %-20s p.%-3d %-6s %-24s = %s %s%n", row.report(), row.partner(), Integer.valueOf(row.page()), //$NON-NLS-1$
						row.kind(), row.text(), ShowCommand.format(row.value()), row.unit());
			}
		}
		return Integer.valueOf(0);
	}
}
