package yeardiff.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Finds the widgets of a shell by what the user reads on them, and works them as a user would. */
public final class Widgets {

	private Widgets() {
	}

	/** Every control under {@code parent} of {@code type} that {@code test} accepts, in tree order. */
	public static <T extends Control> List<T> find(Composite parent, Class<T> type, Predicate<T> test) {
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

	/** The button labelled {@code label} (mnemonics ignored) under {@code parent}. */
	public static Button button(Composite parent, String label) {
		List<Button> buttons = find(parent, Button.class, button -> button.getText().replace("&", "").equals(label.replace("&", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (buttons.isEmpty()) {
			fail("no button '" + label + "' in " + parent); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return buttons.get(0);
	}

	/**
	 * Clicks a button as a user would, its selection listeners and all: a check box, radio or
	 * toggle button changes its selection first. Fails when the button is disabled.
	 */
	public static void click(Button button) {
		if (!button.isEnabled()) {
			fail("button '" + button.getText() + "' is disabled"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** The open shell with this title, or null. */
	public static Shell shell(String title) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}
}
