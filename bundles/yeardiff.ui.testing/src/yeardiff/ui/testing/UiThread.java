package yeardiff.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI thread while a test waits for jobs, dialogs, files or git. */
public final class UiThread {

	private static final long TIMEOUT_MS = 90_000;
	private static final int POLL_MS = 50;
	private static final Runnable WAKE = () -> {
		// only wakes the loop
	};

	private UiThread() {
	}

	/** Dispatches events until {@code condition} holds; fails after 90 s naming {@code what}. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after 90 s waiting for " + what); //$NON-NLS-1$
			}
			// A timer wakes the loop, so that conditions outside the UI (files, Git, jobs) are polled too.
			display.timerExec(POLL_MS, WAKE);
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	/** Dispatches what is queued, so that the widgets paint. */
	public static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// nothing else to do
		}
	}
}
