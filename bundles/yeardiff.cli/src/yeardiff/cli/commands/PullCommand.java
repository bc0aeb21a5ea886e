package yeardiff.cli.commands;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.store.PullOutcome;
import yeardiff.store.ReportRepository;

/**
 * {@code yeardiff pull [REMOTE]}: take in what others pushed; reports that changed on both sides stop
 * the pull with their ids, and nothing is lost either way.
 */
@Command(name = "pull", description = "Pull from a Git remote (default origin), merging reports that do not conflict.")
public final class PullCommand implements Callable<Integer> {

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
		PullOutcome outcome;
		try (ReportRepository reports = repository.open()) {
			outcome = reports.pull(remote);
		}
		if (json.enabled()) {
			JsonOutput.print(spec.commandLine().getOut(), outcome);
		} else {
			spec.commandLine().getOut().printf("%s: %s%s%n", remote, outcome.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), //$NON-NLS-1$
					outcome.reports().isEmpty() ? "" : ", reports " + String.join(", ", outcome.reports())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return Integer.valueOf(0);
	}
}
