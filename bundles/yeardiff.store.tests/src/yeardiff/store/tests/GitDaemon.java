package yeardiff.store.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real Git server on 127.0.0.1 ({@code git daemon} with push enabled), serving the bare
 * repositories under a folder as {@code git://127.0.0.1:<port>/<name>}.
 */
final class GitDaemon implements AutoCloseable {

	private static final String LOOPBACK = "127.0.0.1"; //$NON-NLS-1$

	private final Process process;
	private final int port;
	private final Path log;

	private GitDaemon(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts a daemon serving {@code base} and waits until it accepts connections. */
	static GitDaemon start(GitCli git, Path base, Path log) throws IOException, InterruptedException {
		Files.createDirectories(base);
		int port = freePort();
		Process process = git.start(base, "daemon", "--reuseaddr", "--base-path=" + base, "--export-all", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"--enable=receive-pack", "--port=" + port, "--listen=" + LOOPBACK, "--informative-errors", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				base.toString());
		GitDaemon daemon = new GitDaemon(process, port, log);
		daemon.drain();
		daemon.awaitListening();
		return daemon;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			return socket.getLocalPort();
		}
	}

	/* the daemon logs to its output; read it so that a full pipe never blocks the daemon */
	private void drain() {
		Thread reader = new Thread(() -> {
			try {
				Files.copy(process.getInputStream(), log);
			} catch (IOException e) {
				// the daemon was stopped
			}
		}, "git daemon output"); //$NON-NLS-1$
		reader.setDaemon(true);
		reader.start();
	}

	private void awaitListening() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (true) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
				return;
			} catch (IOException notYet) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					close();
					throw new IOException("git daemon did not start: " + (Files.exists(log) ? Files.readString(log) : ""), //$NON-NLS-1$ //$NON-NLS-2$
							notYet);
				}
				Thread.sleep(50);
			}
		}
	}

	/** The URI of the bare repository {@code name} under the served folder. */
	String uri(String name) {
		return "git://" + LOOPBACK + ':' + port + '/' + name; //$NON-NLS-1$
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}
}
