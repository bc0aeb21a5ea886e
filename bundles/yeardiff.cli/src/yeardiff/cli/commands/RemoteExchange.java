package yeardiff.cli.commands;

import java.util.concurrent.Callable;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * What {@code push} and {@code pull} share: the remote to exchange with (default {@code origin}),
 * the credentials, and the outcome printed as JSON or as a line. Credentials come from JGit's
 * reader of {@code ~/.netrc}, so that passwords live in the user's own protected file, never in a
 * remote URI, the repository or a log.
 *
 * @param <T> the store's outcome of the exchange
 */
abstract class RemoteExchange<T> implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(paramLabel = "REMOTE", defaultValue = "origin", arity = "0..1", description = "The remote (default ${DEFAULT-VALUE}).")
	private String remote;

	@Spec
	private CommandSpec spec;

	/** Exchanges with {@code remote}. */
	abstract T exchange(ReportRepository reports, String remote) throws StoreException;

	/** The outcome as the line the command prints without {@code --json}. */
	abstract String describe(T outcome, String remote);

	@Override
	public final Integer call() throws Exception {
		if (CredentialsProvider.getDefault() == null) {
			NetRCCredentialsProvider.install();
		}
		T outcome;
		try (ReportRepository reports = repository.open()) {
			outcome = exchange(reports, remote);
		}
		if (json.enabled()) {
			JsonOutput.print(spec.commandLine().getOut(), outcome);
		} else {
			spec.commandLine().getOut().println(describe(outcome, remote));
		}
		return Integer.valueOf(0);
	}
}
