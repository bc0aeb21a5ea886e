package yeardiff.ui.tests;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.ui.browser.AbstractWebBrowser;
import org.eclipse.ui.browser.AbstractWorkbenchBrowserSupport;
import org.eclipse.ui.browser.IWebBrowser;

/**
 * The test workbench's browser support (contributed in {@code fragment.xml}): instead of starting
 * a browser, which does not exist under Xvfb, its browsers record the addresses they are asked to
 * open, so that a test can fetch them itself.
 */
public final class RecordingBrowserSupport extends AbstractWorkbenchBrowserSupport {

	private static final List<URL> OPENED = new CopyOnWriteArrayList<>();

	/** The addresses opened in any of this support's browsers since the last {@link #forget()}. */
	static List<URL> opened() {
		return List.copyOf(OPENED);
	}

	static void forget() {
		OPENED.clear();
	}

	@Override
	public IWebBrowser createBrowser(int style, String browserId, String name, String tooltip) {
		return new RecordingBrowser(browserId);
	}

	@Override
	public IWebBrowser createBrowser(String browserId) {
		return new RecordingBrowser(browserId);
	}

	@Override
	public boolean isInternalWebBrowserAvailable() {
		return false;
	}

	private static final class RecordingBrowser extends AbstractWebBrowser {

		RecordingBrowser(String id) {
			super(id == null ? RecordingBrowser.class.getName() : id);
		}

		@Override
		public void openURL(URL url) {
			OPENED.add(url);
		}
	}
}
