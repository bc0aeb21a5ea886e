package yeardiff.ui.internal;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.AbstractWebBrowser;
import org.eclipse.ui.browser.AbstractWorkbenchBrowserSupport;
import org.eclipse.ui.browser.IWebBrowser;

/**
 * The workbench's external web browser, used by Help &gt; Help Contents where no help window can be
 * shown (no WebKitGTK): the desktop's browser, else a browser found on the PATH, else a message that
 * says where the help is served, so that the user can open it elsewhere. The workbench's default
 * support answers the last case with "Unable to open web browser on {0}", placeholder and all.
 */
public final class WebBrowsers extends AbstractWorkbenchBrowserSupport {

	/** Browsers tried in turn when the desktop names none. */
	private static final List<String> COMMANDS = List.of("x-www-browser", "firefox", "firefox-esr", "chromium", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"chromium-browser", "google-chrome", "epiphany"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@Override
	public IWebBrowser createBrowser(int style, String browserId, String name, String tooltip) {
		return new ExternalBrowser(browserId);
	}

	@Override
	public IWebBrowser createBrowser(String browserId) {
		return new ExternalBrowser(browserId);
	}

	@Override
	public boolean isInternalWebBrowserAvailable() {
		return false;
	}

	/** The message shown where no browser can be started, naming the address. */
	public static String noBrowserMessage(URL url) {
		return NLS.bind(Messages.WebBrowsers_none, url);
	}

	private static final class ExternalBrowser extends AbstractWebBrowser {

		ExternalBrowser(String id) {
			super(id == null ? ExternalBrowser.class.getName() : id);
		}

		@Override
		public void openURL(URL url) {
			if (Program.launch(url.toString()) || startFromPath(url)) {
				return;
			}
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> {
				Shell shell = display.getActiveShell();
				MessageDialog.openInformation(shell, Messages.WebBrowsers_title, noBrowserMessage(url));
			});
		}

		private static boolean startFromPath(URL url) {
			String path = System.getenv("PATH"); //$NON-NLS-1$
			if (path == null) {
				return false;
			}
			for (String command : COMMANDS) {
				for (String dir : path.split(File.pathSeparator)) {
					File executable = new File(dir, command);
					if (executable.canExecute()) {
						try {
							new ProcessBuilder(executable.getPath(), url.toString()).start();
							return true;
						} catch (IOException e) {
							// This one cannot start: try the next.
						}
					}
				}
			}
			return false;
		}
	}
}
