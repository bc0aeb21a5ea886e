package yeardiff.cli.commands;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.store.PushOutcome;
import yeardiff.store.ReportRepository;

/** {@code yeardiff push [REMOTE]}: send the repository's reports, verdicts and drafts to a Git remote. */
@Command(name = "push", description = "Push to a Git remote (default origin).")
public final class PushCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(paramLabel = "REMOTE", defaultValue = "origin", arity = "0..1", description = "The remote (default ${DEFAULT-VALUE}).")
	private String remote;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		RemoteCredentials.install();
		PushOutcome outcome;
		try (ReportRepository reports = repository.open()) {
			outcome = reports.push(remote);
		}
		if (json.enabled()) {
			JsonOutput.print(spec.commandLine().getOut(), outcome);
		} else {
			spec.commandLine().getOut().println(outcome.changed() ? "Pushed " + outcome.commit().substring(0, 10) + " to " + remote //$NON-NLS-1$ //$NON-NLS-2$
					: remote + " is up to date"); //$NON-NLS-1$
		}
		return Integer.valueOf(0);
	}
}
