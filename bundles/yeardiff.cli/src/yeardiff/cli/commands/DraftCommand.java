package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.export.DraftHtml;
import yeardiff.draft.DraftOutcome;
import yeardiff.draft.DraftStore;
import yeardiff.export.DraftText;
import yeardiff.draft.StaleFinding;
import yeardiff.model.api.Report;
import yeardiff.store.ReportRepository;

/** {@code yeardiff draft YEAR}: next year's draft from the latest report before it, with what is stale. */
@Command(name = "draft", description = "Start the draft for YEAR from the latest report before it (drafts/YEAR), and list what is stale.")
public final class DraftCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(paramLabel = "YEAR", description = "The year the draft covers.")
	private int year;

	@Option(names = "--replace", description = "Start again when a draft for YEAR exists.")
	private boolean replace;

	@Option(names = "--text", paramLabel = "F", description = "Also write the draft as plain text to F.")
	private java.nio.file.Path text;

	@Option(names = "--html", paramLabel = "F", description = "Also write the draft as HTML, stale statements marked, to F.")
	private java.nio.file.Path html;

	@Option(names = "--author", paramLabel = "NAME", description = "Who starts the draft (default: the user name).")
	private String author;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		DraftStore drafts = new DraftStore();
		DraftOutcome outcome;
		Report draft;
		try (ReportRepository reports = repository.open()) {
			outcome = drafts.create(reports, year, author == null ? System.getProperty("user.name") : author, replace); //$NON-NLS-1$
			draft = drafts.load(reports, year);
		}
		if (text != null) {
			ReportFiles.write(text, DraftText.render(draft).getBytes(StandardCharsets.UTF_8));
		}
		if (html != null) {
			ReportFiles.write(html, DraftHtml.render(draft, outcome.stale()).getBytes(StandardCharsets.UTF_8));
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, outcome);
			return Integer.valueOf(0);
		}
		out.printf("Draft %s started from report %s (commit %s); %d statements to check:%n", outcome.id(), outcome.basedOn(), //$NON-NLS-1$
				outcome.commit().substring(0, 10), Integer.valueOf(outcome.stale().size()));
		for (StaleFinding finding : outcome.stale()) {
			out.printf("  [%s] %s%n      %s%n", finding.kind(), finding.text(), finding.reason()); //$NON-NLS-1$
		}
		return Integer.valueOf(0);
	}
}
