package yeardiff.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Keeps what libraries say off the command's standard error while a command runs: PDFBox warns of
 * every substituted font, JGit and Lucene log through SLF4J and java.util.logging, and some code
 * prints stack traces. All of it goes to the product log instead, so that stderr carries the
 * command's own one-line error and nothing else. Libraries reach stderr in three ways, each
 * redirected here: {@code System.err} itself (SLF4J's simple provider and {@code printStackTrace}
 * look it up on every write), java.util.logging's console handlers (which keep the stream they
 * were made with), and commons-logging, which logs through one of the two.
 *
 * <p>The product log is Equinox's log file when the command runs in the product
 * ({@code osgi.logfile}), otherwise {@code ~/.yeardiff/yeardiff.log}; it is created only when a
 * library actually says something.</p>
 */
final class LibraryLog implements AutoCloseable {

	private final PrintStream originalErr;
	private final PrintStream log;
	private final Logger root;
	private final List<Handler> consoleHandlers = new ArrayList<>();
	private final Handler logHandler;

	private LibraryLog(Path file) {
		originalErr = System.err;
		log = new PrintStream(new LazyFile(file), true, StandardCharsets.UTF_8);
		root = LogManager.getLogManager().getLogger(""); //$NON-NLS-1$
		logHandler = new StreamHandler(log, new SimpleFormatter()) {
			@Override
			public synchronized void publish(java.util.logging.LogRecord record) {
				super.publish(record);
				flush();
			}
		};
		if (root != null) {
			for (Handler handler : root.getHandlers()) {
				if (handler instanceof ConsoleHandler) {
					consoleHandlers.add(handler);
					logHandler.setLevel(handler.getLevel());
					root.removeHandler(handler);
				}
			}
			root.addHandler(logHandler);
		}
		System.setErr(log);
	}

	/** Sends libraries' output to the product log until {@link #close()}. */
	static LibraryLog redirect() {
		return new LibraryLog(file());
	}

	/** Where the product log is. */
	static Path file() {
		String equinox = System.getProperty("osgi.logfile"); //$NON-NLS-1$
		if (equinox != null && !equinox.isBlank()) {
			return Path.of(equinox);
		}
		return Path.of(System.getProperty("user.home"), ".yeardiff", "yeardiff.log"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public void close() {
		System.setErr(originalErr);
		if (root != null) {
			root.removeHandler(logHandler);
			for (Handler handler : consoleHandlers) {
				root.addHandler(handler);
			}
		}
		logHandler.close();
		log.close();
	}

	/**
	 * Appends to the log file, creating it (and its folder) on the first byte; a log that cannot be
	 * written is dropped rather than shown on the console.
	 */
	private static final class LazyFile extends OutputStream {

		private final Path file;
		private OutputStream out;
		private boolean failed;

		LazyFile(Path file) {
			this.file = file;
		}

		@Override
		public synchronized void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) {
			if (failed || length == 0) {
				return;
			}
			try {
				if (out == null) {
					Files.createDirectories(file.toAbsolutePath().getParent());
					out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				}
				out.write(bytes, offset, length);
			} catch (IOException | RuntimeException e) {
				failed = true;
			}
		}

		@Override
		public synchronized void flush() {
			try {
				if (out != null) {
					out.flush();
				}
			} catch (IOException e) {
				failed = true;
			}
		}

		@Override
		public synchronized void close() {
			try {
				if (out != null) {
					out.close();
				}
			} catch (IOException e) {
				failed = true;
			}
		}
	}
}
