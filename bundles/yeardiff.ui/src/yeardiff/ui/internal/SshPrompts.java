package yeardiff.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * SSH's questions to the user, asked on the UI thread while a push or pull waits in its job: trust
 * a server's host key (yes or no, with the key's fingerprint in JGit's message), a key's
 * passphrase, a password or a challenge. Secret answers are typed into masked fields.
 */
final class SshPrompts {

	private SshPrompts() {
	}

	/**
	 * Asks for every item but the informational ones, which are shown with each question.
	 *
	 * @return false when the user cancelled
	 */
	static boolean ask(String location, CredentialItem... items) {
		List<String> messages = new ArrayList<>();
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.InformationalMessage) {
				messages.add(item.getPromptText());
			}
		}
		String context = String.join("\n", messages); //$NON-NLS-1$
		Display display = Display.getDefault();
		AtomicBoolean answered = new AtomicBoolean(true);
		display.syncExec(() -> {
			Shell shell = display.getActiveShell();
			String title = NLS.bind(Messages.SshPrompt_title, location);
			for (CredentialItem item : items) {
				if (!answered.get()) {
					return;
				}
				if (item instanceof CredentialItem.YesNoType question) {
					question.setValue(MessageDialog.openQuestion(shell, title, join(context, question.getPromptText())));
				} else if (item instanceof CredentialItem.StringType || item instanceof CredentialItem.CharArrayType) {
					String value = input(shell, title, join(context, item.getPromptText()), item.isValueSecure());
					if (value == null) {
						answered.set(false);
					} else if (item instanceof CredentialItem.StringType text) {
						text.setValue(value);
					} else {
						((CredentialItem.CharArrayType) item).setValue(value.toCharArray());
					}
				}
			}
		});
		return answered.get();
	}

	private static String join(String context, String prompt) {
		return context.isEmpty() ? prompt : context + "\n\n" + prompt; //$NON-NLS-1$
	}

	private static String input(Shell shell, String title, String prompt, boolean secret) {
		InputDialog dialog = new InputDialog(shell, title, prompt, "", null) { //$NON-NLS-1$
			@Override
			protected int getInputTextStyle() {
				return secret ? super.getInputTextStyle() | SWT.PASSWORD : super.getInputTextStyle();
			}
		};
		return dialog.open() == Window.OK ? dialog.getValue() : null;
	}
}
