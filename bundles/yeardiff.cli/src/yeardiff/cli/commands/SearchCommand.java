package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import yeardiff.search.InvalidQueryException;
import yeardiff.search.ReportSearch;
import yeardiff.search.SearchHit;
import yeardiff.store.ReportRepository;

/** {@code yeardiff search QUERY}: full-text search over all reports, with Dutch word forms. */
@Command(name = "search", description = "Search all reports (Dutch word forms: 'fregat' finds 'fregatten'; \"phrases\", partner:, year:).")
public final class SearchCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(paramLabel = "QUERY", arity = "1..*", description = "The words to find.")
	private List<String> query;

	@Option(names = "--max", paramLabel = "N", defaultValue = "20", description = "At most N hits (default ${DEFAULT-VALUE}).")
	private int max;

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private YeardiffCommand parent;

	@Override
	public Integer call() throws Exception {
		List<SearchHit> hits;
		try (ReportRepository reports = repository.openForReading(parent.err()); ReportSearch search = ReportSearch.of(reports)) {
			hits = search.search(String.join(" ", query), max); //$NON-NLS-1$
		} catch (InvalidQueryException e) {
			throw new ParameterException(spec.commandLine(), e.getMessage(), e);
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, hits);
		} else {
			for (SearchHit hit : hits) {
				out.printf("%-10s %-20s p.%-3d %s%n    %s%n", hit.report(), hit.partner() == null ? "-" : hit.partner(), //$NON-NLS-1$ //$NON-NLS-2$
						Integer.valueOf(hit.page()), hit.statementId(), hit.text());
			}
		}
		return Integer.valueOf(0);
	}
}
