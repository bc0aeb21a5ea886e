package yeardiff.cli.commands;

import picocli.CommandLine.Command;
import yeardiff.store.PushOutcome;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/** {@code yeardiff push [REMOTE]}: send the repository's reports, verdicts and drafts to a Git remote. */
@Command(name = "push", description = "Push to a Git remote (default origin).")
public final class PushCommand extends RemoteExchange<PushOutcome> {

	@Override
	PushOutcome exchange(ReportRepository reports, String remote) throws StoreException {
		return reports.push(remote);
	}

	@Override
	String describe(PushOutcome outcome, String remote) {
		return outcome.changed() ? "Pushed " + outcome.commit().substring(0, 10) + " to " + remote //$NON-NLS-1$ //$NON-NLS-2$
				: remote + " is up to date"; //$NON-NLS-1$
	}
}
