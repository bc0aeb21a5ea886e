package yeardiff.store;

import java.util.List;

/**
 * What a push did, so that the user learns whether the remote received anything.
 *
 * @param remote the remote's name, or its URI without user information
 * @param commit the commit the remote's branch points to after the push
 * @param changed whether the remote's branch moved
 * @param tags the report tags ({@code report/<id>}) created or moved on the remote, sorted
 */
public record PushOutcome(String remote, String commit, boolean changed, List<String> tags) {

	public PushOutcome {
		tags = List.copyOf(tags);
	}
}
