package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.audit.VerdictLog;
import yeardiff.audit.VerdictView;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.store.ReportRepository;

/** {@code yeardiff verdict ID STATUS --rationale TEXT}: an auditor's verdict, one commit in audit/. */
@Command(name = "verdict", description = "Record an auditor's verdict on a commitment (one commit; the latest verdict counts).")
public final class VerdictCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(index = "0", paramLabel = "COMMITMENT_ID", description = "The commitment, as 'yeardiff commitments' lists it.")
	private String commitmentId;

	@Parameters(index = "1", paramLabel = "STATUS", description = "fulfilled, changed, delayed, silent or open.")
	private String status;

	@Option(names = "--rationale", paramLabel = "TEXT", required = true, description = "Why: the auditor's reasoning, kept with the verdict.")
	private String rationale;

	@Option(names = "--evidence", paramLabel = "STATEMENT_ID", description = "A statement that supports the verdict (repeatable).")
	private List<String> evidence = new ArrayList<>();

	@Option(names = "--author", paramLabel = "NAME", description = "Who decided (default: the user name).")
	private String author;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		CommitmentStatus verdict = CommitmentStatus.get(status);
		if (verdict == null) {
			throw new ParameterException(spec.commandLine(), "unknown status '" + status + "': one of open, fulfilled, changed, delayed, silent"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		VerdictView recorded;
		try (ReportRepository reports = repository.open()) {
			recorded = new VerdictLog().record(reports, commitmentId, verdict, rationale, evidence,
					author == null ? System.getProperty("user.name") : author); //$NON-NLS-1$
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, recorded);
		} else {
			out.printf("Recorded %s on %s by %s (commit %s)%n", recorded.status().getLiteral(), recorded.commitmentId(), //$NON-NLS-1$
					recorded.author(), recorded.commit() == null ? "-" : recorded.commit().substring(0, 10)); //$NON-NLS-1$
		}
		return Integer.valueOf(0);
	}
}
