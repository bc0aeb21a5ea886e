package yeardiff.audit.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Runs the UI thread while the tests wait for jobs and dialogs, and finds and drives widgets. */
final class Ui {

	private static final long TIMEOUT_MS = 90_000;
	private static final int POLL_MS = 50;

	private Ui() {
	}

	/** Dispatches events until {@code condition} holds; fails after 90 s naming {@code what}. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after 90 s waiting for " + what); //$NON-NLS-1$
			}
			// a timer wakes the loop, so conditions outside the UI (files, Git) are polled too
			display.timerExec(POLL_MS, () -> {
				// only to wake the loop
			});
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	/** Dispatches what is queued, so that the widgets paint. */
	static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// nothing else to do
		}
	}

	/** The open shell with this title, or null. */
	static Shell shell(String title) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	/** Every control under {@code parent} of {@code type} that {@code test} accepts, in tree order. */
	static <T extends Control> List<T> find(Composite parent, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type, test));
			}
		}
		return found;
	}

	/** Clicks a button as a user would, its selection listeners and all. */
	static void click(Button button) {
		if (!button.isEnabled()) {
			fail("button '" + button.getText() + "' is disabled"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** The push button labelled {@code label} (mnemonics ignored) under {@code parent}. */
	static Button button(Composite parent, String label) {
		List<Button> buttons = find(parent, Button.class, button -> button.getText().replace("&", "").equals(label.replace("&", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (buttons.isEmpty()) {
			fail("no button '" + label + "' in " + parent); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return buttons.get(0);
	}
}
