package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Lets the UI thread run until a condition holds, for background jobs the tests wait for. */
final class Workbench {

	private static final long TIMEOUT_MS = 60_000;
	private static final int POLL_MS = 50;
	private static final Runnable WAKE = () -> {
		// only wakes the loop
	};

	private Workbench() {
	}

	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after 60 s waiting for " + what); //$NON-NLS-1$
			}
			// A timer wakes the loop, so that conditions outside the UI (files, Git, jobs) are polled too.
			display.timerExec(POLL_MS, WAKE);
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}
}
