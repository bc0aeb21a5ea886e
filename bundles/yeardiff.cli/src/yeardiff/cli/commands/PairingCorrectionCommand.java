package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.library.PairingReview;
import yeardiff.library.PairingReview.Outcome;
import yeardiff.store.ReportRepository;

/** What {@code link} and {@code unlink} share: two statements, an author, one commit. */
abstract class PairingCorrectionCommand implements Callable<Integer> {

	/** The JSON answer: the correction and its commit. */
	record CorrectionJson(String action, String a, String b, boolean changed, String commit) {
	}

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(index = "0", paramLabel = "STATEMENT_A", description = "A statement id, as 'yeardiff show' or 'diff --json' prints it.")
	private String a;

	@Parameters(index = "1", paramLabel = "STATEMENT_B", description = "A statement of another report.")
	private String b;

	@Option(names = "--author", paramLabel = "NAME", description = "Who corrected (default: the user name).")
	private String author;

	@Spec
	private CommandSpec spec;

	abstract boolean link();

	@Override
	public Integer call() throws Exception {
		Outcome outcome;
		try (ReportRepository reports = repository.open()) {
			String who = author == null ? System.getProperty("user.name") : author; //$NON-NLS-1$
			outcome = link() ? PairingReview.link(reports, a, b, who) : PairingReview.unlink(reports, a, b, who);
		}
		String action = link() ? "link" : "unlink"; //$NON-NLS-1$ //$NON-NLS-2$
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, new CorrectionJson(action, a, b, outcome.changed(), outcome.commit()));
		} else if (outcome.changed()) {
			out.printf("%s %s %s %s (commit %s)%n", link() ? "Linked" : "Unlinked", a, link() ? "with" : "from", b, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					outcome.commit().substring(0, 10));
		} else {
			out.printf("%s and %s are already %s: nothing to record%n", a, b, link() ? "linked" : "unlinked"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return Integer.valueOf(0);
	}
}
