package yeardiff.store.internal;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.DefaultProxyDataFactory;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/**
 * Gives {@code ssh://} remotes JGit's SSH client (Apache MINA sshd) with the user's OpenSSH setup:
 * {@code ~/.ssh/config}, the keys there, {@code known_hosts} and a running SSH agent.
 *
 * <p>JGit looks its SSH implementation up with {@link java.util.ServiceLoader}, which cannot see
 * from one OSGi bundle into another: in the product it would find none and every {@code ssh://}
 * remote would fail with "no SSH session factory". A factory installed with
 * {@link SshSessionFactory#setInstance} still wins, as JGit's documentation promises.</p>
 */
public final class SshTransports implements TransportConfigCallback {

	/** Shared like JGit's own default: it holds the key cache, and reads the home folder per session. */
	private static SshSessionFactory fallback;

	@Override
	public void configure(Transport transport) {
		if (transport instanceof SshTransport ssh) {
			ssh.setSshSessionFactory(factory());
		}
	}

	private static synchronized SshSessionFactory factory() {
		SshSessionFactory installed = SshSessionFactory.getInstance();
		if (installed != null) {
			return installed;
		}
		if (fallback == null) {
			fallback = new SshdSessionFactory(new JGitKeyCache(), new DefaultProxyDataFactory());
		}
		return fallback;
	}
}
