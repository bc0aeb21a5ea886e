package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.library.LibraryException;
import yeardiff.library.ReportLibrary;
import yeardiff.library.StatementHistory;
import yeardiff.library.StatementVersion;

/** {@code yeardiff history STATEMENT_ID}: where a statement first appeared and how it changed. */
@Command(name = "history", description = "Where a statement first appeared and how it changed, with the commit of each version.")
public final class HistoryCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(paramLabel = "STATEMENT_ID", description = "A statement id, as 'yeardiff show' prints it.")
	private String statementId;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		StatementHistory history;
		try (ReportLibrary library = ReportLibrary.open(repository.directory())) {
			history = library.history(statementId);
		} catch (LibraryException unknown) {
			// The command line's hint on where statement ids come from.
			throw new LibraryException(unknown.getMessage() + " (see 'yeardiff show REPORT')", unknown); //$NON-NLS-1$
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, history);
			return Integer.valueOf(0);
		}
		for (StatementVersion version : history.versions()) {
			out.printf("%-10s %-9s p.%d %s (commit %s)%n    %s%n", version.report(), version.status(), //$NON-NLS-1$
					Integer.valueOf(version.page()), version.statementId(), version.commit().substring(0, 10), version.text());
		}
		return Integer.valueOf(0);
	}
}
