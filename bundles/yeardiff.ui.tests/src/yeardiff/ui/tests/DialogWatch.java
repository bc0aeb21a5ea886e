package yeardiff.ui.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Answers the dialogs the workbench opens while a test waits: a job's error dialog, a prompt. It
 * looks from a repeating timer, so it also runs inside the event loop of a modal dialog, which
 * would otherwise hold the test's UI thread until someone closed it. Every dialog is recorded
 * with what it said before it is answered.
 *
 * <p>While it watches, the workbench shows a failed job's error as it shows it to a user: the test
 * harness otherwise suppresses error dialogs ({@link ErrorDialog#AUTOMATED_MODE}).</p>
 */
final class DialogWatch implements AutoCloseable {

	private static final int POLL_MS = 50;

	/** A dialog as the user saw it: its title and the texts of its labels and text fields. */
	record Seen(String title, List<String> texts) {

		/** Whether one of its texts is exactly {@code line}. */
		boolean says(String line) {
			return texts.stream().anyMatch(text -> text.strip().equals(line));
		}
	}

	private final Display display;
	private final Set<Shell> known = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
	private final Consumer<Shell> answer;
	private final List<Seen> seen = new ArrayList<>();
	private final Runnable poll = this::poll;
	private final boolean automatedMode;
	private Throwable failure;
	private boolean stopped;

	private DialogWatch(Display display, Consumer<Shell> answer) {
		this.display = display;
		this.answer = answer;
		known.addAll(List.of(display.getShells()));
		automatedMode = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
	}

	/** Closes every dialog that opens from now on. */
	static DialogWatch closingDialogs() {
		return answering(Shell::close);
	}

	/**
	 * Hands every dialog that opens from now on to {@code answer}, which fills and closes it; a
	 * dialog it leaves open is closed.
	 */
	static DialogWatch answering(Consumer<Shell> answer) {
		DialogWatch watch = new DialogWatch(Display.getCurrent(), answer);
		watch.display.timerExec(POLL_MS, watch.poll);
		return watch;
	}

	/** The dialogs answered so far, in the order they opened. */
	List<Seen> seen() {
		return List.copyOf(seen);
	}

	private void poll() {
		if (stopped) {
			return;
		}
		for (Shell shell : display.getShells()) {
			// The progress dialog of a user job closes itself; closing it would cancel the job.
			if (!shell.isDisposed() && shell.isVisible() && !(shell.getData() instanceof ProgressMonitorDialog) && known.add(shell)) {
				List<String> texts = new ArrayList<>();
				collectTexts(shell, texts);
				seen.add(new Seen(shell.getText(), texts));
				try {
					answer.accept(shell);
				} catch (RuntimeException | AssertionError e) {
					// Thrown here, it would end in the dialog's event loop, which only logs it.
					if (failure == null) {
						failure = e;
					}
				} finally {
					if (!shell.isDisposed()) {
						shell.close();
					}
				}
			}
		}
		display.timerExec(POLL_MS, poll);
	}

	private static void collectTexts(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			String text = switch (child) {
				case Label label -> label.getText();
				case CLabel label -> label.getText();
				case Link link -> link.getText();
				case Text field -> field.getText();
				case StyledText styled -> styled.getText();
				default -> null;
			};
			if (text != null && !text.isBlank()) {
				texts.add(text);
			}
			if (child instanceof Composite composite) {
				collectTexts(composite, texts);
			}
		}
	}

	/** Stops watching; fails when answering a dialog failed. */
	@Override
	public void close() {
		stopped = true;
		display.timerExec(-1, poll);
		ErrorDialog.AUTOMATED_MODE = automatedMode;
		if (failure != null) {
			throw new AssertionError("answering a dialog failed: " + failure, failure); //$NON-NLS-1$
		}
	}
}
