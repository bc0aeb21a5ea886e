package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import yeardiff.ui.testing.UiThread;

/**
 * Help > Help Contents starts the help system's web server and opens its start page, which must
 * show Yeardiff's user guide: the server needs the help webapp, the HTTP service, Jetty and the
 * JSP engine in the product, none of which any Yeardiff bundle requires.
 */
class HelpContentsTest {

	/** The help base's preference for opening help in an external browser even where SWT has one. */
	private static final String ALWAYS_EXTERNAL_BROWSER = "always_external_browser"; //$NON-NLS-1$

	@Test
	void helpContentsServesTheYeardiffUserGuideFromTheHelpServer() throws Exception {
		// Where WebKitGTK is installed help would open in its own window with an SWT browser; the
		// external browser is the one this test can observe (RecordingBrowserSupport).
		IEclipsePreferences helpPreferences = InstanceScope.INSTANCE.getNode("org.eclipse.help.base"); //$NON-NLS-1$
		helpPreferences.putBoolean(ALWAYS_EXTERNAL_BROWSER, true);
		List<IStatus> errors = new CopyOnWriteArrayList<>();
		ILogListener errorCollector = (status, plugin) -> {
			if (status.matches(IStatus.ERROR)) {
				errors.add(status);
			}
		};
		Platform.addLogListener(errorCollector);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		DialogCloser dialogs = new DialogCloser(window.getShell());
		dialogs.run();
		try {
			RecordingBrowserSupport.forget();
			MenuItem helpContents = menuItem(window.getShell().getMenuBar(), "&Help", "&Help Contents"); //$NON-NLS-1$ //$NON-NLS-2$
			helpContents.notifyListeners(SWT.Selection, new Event());
			helpContents.getParent().notifyListeners(SWT.Hide, new Event());
			UiThread.waitUntil("Help Contents to open the help in a browser, or to fail", //$NON-NLS-1$
					() -> !RecordingBrowserSupport.opened().isEmpty() || !errors.isEmpty() || !dialogs.closed().isEmpty());
			assertNothingWentWrong(dialogs, errors);

			URI start = RecordingBrowserSupport.opened().get(0).toURI();
			assertEquals("http", start.getScheme(), start.toString()); //$NON-NLS-1$
			assertEquals("127.0.0.1", start.getHost(), "the help server must listen on the loopback address only"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("/help/index.jsp", start.getPath(), start.toString()); //$NON-NLS-1$
			String startPage = fetch(start);
			// A JSP: the JSP engine compiled and ran it, with the product's name in the title.
			assertTrue(startPage.contains("<title>Help - Yeardiff</title>"), startPage); //$NON-NLS-1$

			String contents = fetch(start.resolve("advanced/tocfragment")); //$NON-NLS-1$
			assertTrue(contents.contains("title=\"Yeardiff User Guide\""), contents); //$NON-NLS-1$
			assertTrue(contents.contains("href=\"../topic/yeardiff.ui/help/importing.html"), contents); //$NON-NLS-1$

			URL comparing = PlatformUI.getWorkbench().getHelpSystem().resolve("/yeardiff.ui/help/comparing.html", false); //$NON-NLS-1$
			assertNotNull(comparing, "the help system did not resolve the Comparing years topic"); //$NON-NLS-1$
			assertEquals(start.getPort(), comparing.getPort(), comparing.toString());
			String topic = fetch(comparing.toURI());
			assertTrue(topic.contains("<title>Comparing years</title>"), topic); //$NON-NLS-1$
			assertTrue(topic.contains("The toolbar toggle hides unchanged statements."), topic); //$NON-NLS-1$
			assertTrue(topic.contains(">Yeardiff User Guide</a>"), "the topic's breadcrumb does not name its book: " + topic); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			dialogs.stop();
			Platform.removeLogListener(errorCollector);
			helpPreferences.remove(ALWAYS_EXTERNAL_BROWSER);
		}
		assertNothingWentWrong(dialogs, errors);
	}

	private static void assertNothingWentWrong(DialogCloser dialogs, List<IStatus> errors) {
		assertEquals(List.of(), dialogs.closed(), "dialogs opened while showing help"); //$NON-NLS-1$
		assertEquals(List.of(), errors.stream().map(HelpContentsTest::describe).toList(), "errors logged while showing help"); //$NON-NLS-1$
	}

	private static String describe(IStatus error) {
		return error.getException() == null ? error.getMessage() : error.getMessage() + ": " + error.getException(); //$NON-NLS-1$
	}

	/**
	 * Closes, and remembers, every shell but the workbench window's while it runs: an error
	 * dialog (such as "Unable to open web browser") would otherwise block the UI thread and the
	 * test with it.
	 */
	private static final class DialogCloser implements Runnable {

		private final Shell window;

		private final List<String> closed = new ArrayList<>();

		private boolean stopped;

		DialogCloser(Shell window) {
			this.window = window;
		}

		@Override
		public void run() {
			if (stopped) {
				return;
			}
			for (Shell shell : window.getDisplay().getShells()) {
				if (shell != window && !shell.isDisposed() && shell.isVisible()) {
					closed.add(shell.getText() + ": " + String.join(" ", labels(shell))); //$NON-NLS-1$ //$NON-NLS-2$
					shell.close();
				}
			}
			window.getDisplay().timerExec(200, this);
		}

		void stop() {
			stopped = true;
		}

		List<String> closed() {
			return closed;
		}

		private static List<String> labels(Composite parent) {
			List<String> texts = new ArrayList<>();
			for (Control child : parent.getChildren()) {
				if (child instanceof Label label) {
					texts.add(label.getText());
				} else if (child instanceof Composite composite) {
					texts.addAll(labels(composite));
				}
			}
			return texts;
		}
	}

	/** The item of a menu bar's menu, the menu shown first as when the user opens it. */
	private static MenuItem menuItem(Menu menuBar, String menuText, String itemText) {
		for (MenuItem top : menuBar.getItems()) {
			if (menuText.equals(top.getText()) && top.getMenu() != null) {
				Menu menu = top.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				for (MenuItem item : menu.getItems()) {
					if (item.getText().equals(itemText) || item.getText().startsWith(itemText + '\t')) {
						return item;
					}
				}
			}
		}
		throw new AssertionError("no " + menuText + " > " + itemText + " menu item"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The body of a page the help server answers with 200, fetched off the UI thread while the UI
	 * thread keeps running: some help servlets ask the workbench (activities, the product) for
	 * what they show.
	 */
	private static String fetch(URI page) {
		try (HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
				.connectTimeout(Duration.ofSeconds(10)).build()) {
			HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(50)).build();
			CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			UiThread.waitUntil("the help server to answer " + page, answer::isDone); //$NON-NLS-1$
			HttpResponse<String> response = answer.join();
			assertEquals(200, response.statusCode(), page + " answered " + response.body()); //$NON-NLS-1$
			return response.body();
		}
	}
}
