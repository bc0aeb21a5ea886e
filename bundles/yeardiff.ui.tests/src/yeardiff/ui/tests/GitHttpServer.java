package yeardiff.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Git server on 127.0.0.1 as a team would run one: the real {@code git http-backend} as a CGI
 * behind an HTTP server that demands HTTP Basic credentials (401 with {@code WWW-Authenticate})
 * and gives the CGI the authenticated user, so that it accepts pushes. It serves the bare
 * repositories under one folder at {@code http://127.0.0.1:<port>/git/<name>}.
 */
final class GitHttpServer implements AutoCloseable {

	private static final String CONTEXT = "/git"; //$NON-NLS-1$

	private final HttpServer server;
	private final ExecutorService executor;
	private final Path root;
	private final Path home;
	private final Path log;
	private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

	private GitHttpServer(Path root, Path home, Path log, String user, String password) throws IOException {
		this.root = root;
		this.home = home;
		this.log = log;
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		executor = Executors.newCachedThreadPool();
		server.setExecutor(executor);
		HttpContext context = server.createContext(CONTEXT, this::serve);
		context.setAuthenticator(new BasicAuthenticator("Yeardiff reports") { //$NON-NLS-1$
			@Override
			public boolean checkCredentials(String givenUser, String givenPassword) {
				return user.equals(givenUser) && password.equals(givenPassword);
			}
		});
		server.start();
	}

	/**
	 * Serves the bare repositories under {@code root} to {@code user} with {@code password}.
	 *
	 * @param home the HOME of the git processes, so that no configuration of the machine's user
	 *            applies
	 * @param log where git's error output goes
	 */
	static GitHttpServer start(Path root, Path home, Path log, String user, String password) throws IOException {
		return new GitHttpServer(root, home, log, user, password);
	}

	/** The URI of the bare repository {@code name} under the root. */
	String uri(String name) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT + '/' + name; //$NON-NLS-1$
	}

	/** Every request so far as {@code METHOD path?query -> status}, to explain a failure. */
	List<String> requests() {
		return List.copyOf(requests);
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath().substring(CONTEXT.length());
			String query = exchange.getRequestURI().getRawQuery();
			ProcessBuilder cgi = new ProcessBuilder("git", "http-backend") //$NON-NLS-1$ //$NON-NLS-2$
					.redirectError(Redirect.appendTo(log.toFile()));
			Map<String, String> environment = cgi.environment();
			environment.put("HOME", home.toString()); //$NON-NLS-1$
			environment.put("GIT_CONFIG_NOSYSTEM", "1"); //$NON-NLS-1$ //$NON-NLS-2$
			environment.put("GIT_PROJECT_ROOT", root.toString()); //$NON-NLS-1$
			environment.put("GIT_HTTP_EXPORT_ALL", "1"); //$NON-NLS-1$ //$NON-NLS-2$
			environment.put("REMOTE_USER", exchange.getPrincipal().getUsername()); //$NON-NLS-1$
			environment.put("REMOTE_ADDR", exchange.getRemoteAddress().getAddress().getHostAddress()); //$NON-NLS-1$
			environment.put("PATH_INFO", path); //$NON-NLS-1$
			environment.put("QUERY_STRING", query == null ? "" : query); //$NON-NLS-1$ //$NON-NLS-2$
			environment.put("REQUEST_METHOD", exchange.getRequestMethod()); //$NON-NLS-1$
			putHeader(exchange, "Content-Type", environment, "CONTENT_TYPE"); //$NON-NLS-1$ //$NON-NLS-2$
			putHeader(exchange, "Content-Length", environment, "CONTENT_LENGTH"); //$NON-NLS-1$ //$NON-NLS-2$
			putHeader(exchange, "Content-Encoding", environment, "HTTP_CONTENT_ENCODING"); //$NON-NLS-1$ //$NON-NLS-2$
			putHeader(exchange, "Git-Protocol", environment, "HTTP_GIT_PROTOCOL"); //$NON-NLS-1$ //$NON-NLS-2$
			Process process = cgi.start();
			// The body goes in on a thread of its own: the CGI may answer before it has read it all.
			Thread feeder = Thread.ofVirtual().start(() -> {
				try (InputStream body = exchange.getRequestBody(); OutputStream in = process.getOutputStream()) {
					body.transferTo(in);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			byte[] output = process.getInputStream().readAllBytes();
			process.waitFor();
			feeder.join();
			respond(exchange, output);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			exchange.sendResponseHeaders(500, -1);
		}
	}

	private static void putHeader(HttpExchange exchange, String header, Map<String, String> environment, String variable) {
		String value = exchange.getRequestHeaders().getFirst(header);
		if (value != null) {
			environment.put(variable, value);
		}
	}

	/** Sends the CGI's answer: its header lines (a {@code Status:} one sets the code), then its body. */
	private void respond(HttpExchange exchange, byte[] output) throws IOException {
		int end = indexOf(output, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
		int bodyStart = end + 4;
		if (end < 0) {
			end = indexOf(output, "\n\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
			bodyStart = end + 2;
		}
		if (end < 0) {
			throw new IOException("git http-backend gave no headers: " + new String(output, StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
		int status = 200;
		for (String line : new String(output, 0, end, StandardCharsets.ISO_8859_1).split("\r?\n")) { //$NON-NLS-1$
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).strip();
			String value = line.substring(colon + 1).strip();
			if (name.equalsIgnoreCase("Status")) { //$NON-NLS-1$
				status = Integer.parseInt(value.split(" ")[0]); //$NON-NLS-1$
			} else {
				exchange.getResponseHeaders().add(name, value);
			}
		}
		requests.add(exchange.getRequestMethod() + ' ' + exchange.getRequestURI() + " -> " + status); //$NON-NLS-1$
		int length = output.length - bodyStart;
		exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
		if (length > 0) {
			exchange.getResponseBody().write(output, bodyStart, length);
		}
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i + part.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
