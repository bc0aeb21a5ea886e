package yeardiff.cli.commands;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;

/**
 * The command line's credentials for push and pull: JGit's reader of {@code ~/.netrc}, so that
 * passwords live in the user's own protected file, never in a remote URI, the repository or a log.
 */
final class RemoteCredentials {

	private RemoteCredentials() {
	}

	static void install() {
		if (CredentialsProvider.getDefault() == null) {
			NetRCCredentialsProvider.install();
		}
	}
}
