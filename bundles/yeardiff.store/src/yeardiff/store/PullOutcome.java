package yeardiff.store;

import java.util.List;

/**
 * What a pull did, so that the user learns which reports arrived or changed.
 *
 * @param remote the remote's name, or its URI without user information
 * @param oldHead the commit before the pull ({@code null} when the repository had none)
 * @param newHead the commit after the pull
 * @param result how the two histories were joined
 * @param reports ids of the reports whose content changed, sorted
 */
public record PullOutcome(String remote, String oldHead, String newHead, Result result, List<String> reports) {

	public PullOutcome {
		reports = List.copyOf(reports);
	}

	/** How a pull joined the remote's history with the local one. */
	public enum Result {
		/** The remote had nothing new. */
		UP_TO_DATE,
		/** Only the remote had new commits: HEAD moved forward to the remote's commit. */
		FAST_FORWARD,
		/** Both sides had new commits touching different files: a merge commit joins them. */
		MERGED
	}
}
