package yeardiff.store.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * A real Git server over SSH on 127.0.0.1: Apache MINA sshd accepting one user's public key and
 * running the real {@code git upload-pack} and {@code git receive-pack} on the bare repositories
 * under a folder, as {@code ssh://git@127.0.0.1:<port>/<name>}.
 */
final class SshGitServer implements AutoCloseable {

	private static final String LOOPBACK = "127.0.0.1"; //$NON-NLS-1$
	private static final Pattern GIT_COMMAND = Pattern.compile("(git[ -](?:upload|receive)-pack) '/?([^'/]+)'"); //$NON-NLS-1$

	private final SshServer server;
	private final KeyPair hostKey;

	private SshGitServer(SshServer server, KeyPair hostKey) {
		this.server = server;
		this.hostKey = hostKey;
	}

	/** Starts a server for the repositories under {@code base}, letting in whoever holds {@code userKey}. */
	static SshGitServer start(GitCli git, Path base, PublicKey userKey) throws IOException, GeneralSecurityException {
		KeyPair hostKey = newKeyPair();
		SshServer server = SshServer.setUpDefaultServer();
		server.setHost(LOOPBACK);
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(userKey, key));
		server.setPasswordAuthenticator(null);
		server.setKeyboardInteractiveAuthenticator(null);
		server.setCommandFactory((channel, command) -> new GitCommand(git, base, command));
		server.start();
		return new SshGitServer(server, hostKey);
	}

	/** A new key pair of the kind OpenSSH calls {@code ecdsa-sha2-nistp256}. */
	static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC"); //$NON-NLS-1$
		generator.initialize(new ECGenParameterSpec("secp256r1")); //$NON-NLS-1$
		return generator.generateKeyPair();
	}

	/** The {@code known_hosts} line naming this server's host key, as {@code ssh-keyscan} prints it. */
	String knownHostsLine() {
		return knownHostsLine(hostKey.getPublic());
	}

	/** A {@code known_hosts} line claiming that this server's address has {@code key}. */
	String knownHostsLine(PublicKey key) {
		return '[' + LOOPBACK + "]:" + server.getPort() + ' ' + PublicKeyEntry.toString(key) + '\n'; //$NON-NLS-1$
	}

	int port() {
		return server.getPort();
	}

	/** The URI of the bare repository {@code name} under the served folder. */
	String uri(String name) {
		return "ssh://git@" + LOOPBACK + ':' + server.getPort() + '/' + name; //$NON-NLS-1$
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}

	/** One {@code git-upload-pack '/name'} or {@code git-receive-pack '/name'} a client asked for. */
	private static final class GitCommand implements Command {

		private final GitCli git;
		private final Path base;
		private final String command;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;
		private Process process;

		GitCommand(GitCli git, Path base, String command) {
			this.git = git;
			this.base = base;
			this.command = command;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback exit) {
			this.exit = exit;
		}

		@Override
		public void start(ChannelSession channel, Environment environment) throws IOException {
			Matcher matcher = GIT_COMMAND.matcher(command);
			Path repository = matcher.matches() ? base.resolve(matcher.group(2)) : null;
			if (repository == null || !Files.isDirectory(repository)) {
				err.write(("not a Git repository command: " + command + '\n').getBytes()); //$NON-NLS-1$
				err.flush();
				exit.onExit(1, "unknown command"); //$NON-NLS-1$
				return;
			}
			String service = matcher.group(1).substring("git-".length()); //$NON-NLS-1$
			process = git.startSeparate(base, List.of(service, repository.toString()));
			pump(in, process.getOutputStream(), true, "to git"); //$NON-NLS-1$
			pump(process.getErrorStream(), err, false, "git errors"); //$NON-NLS-1$
			Thread output = pump(process.getInputStream(), out, false, "from git"); //$NON-NLS-1$
			Thread waiter = new Thread(() -> {
				try {
					int code = process.waitFor();
					output.join();
					exit.onExit(code);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}, "git exit"); //$NON-NLS-1$
			waiter.setDaemon(true);
			waiter.start();
		}

		/* copies until the source ends; closes the target when it is the process's input */
		private static Thread pump(InputStream from, OutputStream to, boolean closeTarget, String name) {
			Thread thread = new Thread(() -> {
				byte[] buffer = new byte[8192];
				try {
					for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
						to.write(buffer, 0, read);
						to.flush();
					}
				} catch (IOException e) {
					// the other side went away: the process's exit ends the command
				} finally {
					if (closeTarget) {
						try {
							to.close();
						} catch (IOException e) {
							// already closed
						}
					}
				}
			}, name);
			thread.setDaemon(true);
			thread.start();
			return thread;
		}

		@Override
		public void destroy(ChannelSession channel) {
			if (process != null) {
				process.destroy();
			}
		}
	}
}
