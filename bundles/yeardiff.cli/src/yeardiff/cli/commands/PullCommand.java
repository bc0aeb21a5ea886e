package yeardiff.cli.commands;

import java.util.Locale;

import picocli.CommandLine.Command;
import yeardiff.store.PullOutcome;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * {@code yeardiff pull [REMOTE]}: take in what others pushed; reports that changed on both sides stop
 * the pull with their ids, and nothing is lost either way.
 */
@Command(name = "pull", description = "Pull from a Git remote (default origin), merging reports that do not conflict.")
public final class PullCommand extends RemoteExchange<PullOutcome> {

	@Override
	PullOutcome exchange(ReportRepository reports, String remote) throws StoreException {
		return reports.pull(remote);
	}

	@Override
	String describe(PullOutcome outcome, String remote) {
		return remote + ": " + outcome.result().name().toLowerCase(Locale.ROOT).replace('_', ' ') //$NON-NLS-1$
				+ (outcome.reports().isEmpty() ? "" : ", reports " + String.join(", ", outcome.reports())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
