package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import yeardiff.ui.internal.SecureStorageCredentials;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;

/**
 * The questions JGit's SSH client puts to the workbench while a push or pull runs in its job (the
 * items and texts JGit uses: an unknown host key, a key's passphrase), asked in real dialogs and
 * answered here as a user would. Nothing of them goes into secure storage.
 */
class SshPromptsTest {

	private static final String HOST_MESSAGE = "The authenticity of host '[reports.example.org]:2222' cannot be established.\n" //$NON-NLS-1$
			+ "The ECDSA key fingerprint is SHA256:u3Ckq0jJ1ZdAKMcQd2nFmv0yCb8pPVUVfRGkzPr0Lj8."; //$NON-NLS-1$
	private static final String ACCEPT = "Accept and store this key, and continue connecting?"; //$NON-NLS-1$
	private static final String PASSPHRASE = "Zeven-Provincien-1581"; //$NON-NLS-1$

	private final SecureStorageCredentials provider = new SecureStorageCredentials(null);

	@Test
	void anUnknownHostKeyIsTrustedOnlyWhenTheUserSaysYes() throws Exception {
		for (String button : List.of("Yes", "No")) { //$NON-NLS-1$ //$NON-NLS-2$
			CredentialItem.YesNoType accept = new CredentialItem.YesNoType(ACCEPT);
			List<DialogWatch.Seen> seen;
			try (DialogWatch dialogs = DialogWatch.answering(shell -> Widgets.click(Widgets.button(shell, button)))) {
				assertTrue(get(new URIish("ssh://git@reports.example.org:2222/reports.git"), //$NON-NLS-1$
						new CredentialItem.InformationalMessage(HOST_MESSAGE), accept));
				seen = dialogs.seen();
			}
			assertEquals(1, seen.size(), seen.toString());
			assertEquals("SSH: ssh://reports.example.org:2222/reports.git", seen.get(0).title()); //$NON-NLS-1$
			assertTrue(seen.get(0).says(HOST_MESSAGE + "\n\n" + ACCEPT), seen.toString()); //$NON-NLS-1$
			assertEquals(button.equals("Yes"), accept.getValue(), button); //$NON-NLS-1$
		}
	}

	@Test
	void aKeysPassphraseIsTypedIntoAMaskedFieldAndCancelStopsTheConnection() throws Exception {
		CredentialItem.Password passphrase = new CredentialItem.Password("Passphrase"); //$NON-NLS-1$
		boolean[] masked = new boolean[1];
		try (DialogWatch dialogs = DialogWatch.answering(shell -> {
			Text field = Widgets.find(shell, Text.class, Text::getEditable).get(0);
			masked[0] = (field.getStyle() & SWT.PASSWORD) != 0;
			field.setText(PASSPHRASE);
			Widgets.click(Widgets.button(shell, "OK")); //$NON-NLS-1$
		})) {
			assertTrue(get(new URIish("/home/anna/.ssh/id_ecdsa"), //$NON-NLS-1$
					new CredentialItem.InformationalMessage("Encrypted key '/home/anna/.ssh/id_ecdsa' requires a passphrase"), //$NON-NLS-1$
					passphrase));
			assertTrue(dialogs.seen().get(0).texts().stream().anyMatch(text -> text.contains("requires a passphrase")), //$NON-NLS-1$
					dialogs.seen().toString());
		}
		assertTrue(masked[0], "the passphrase was shown as it was typed"); //$NON-NLS-1$
		assertArrayEquals(PASSPHRASE.toCharArray(), passphrase.getValue());

		CredentialItem.Password cancelled = new CredentialItem.Password("Passphrase"); //$NON-NLS-1$
		try (DialogWatch dialogs = DialogWatch.answering(shell -> Widgets.click(Widgets.button(shell, "Cancel")))) { //$NON-NLS-1$
			assertFalse(get(new URIish("/home/anna/.ssh/id_ecdsa"), cancelled)); //$NON-NLS-1$
		}
	}

	/* asks from another thread, as JGit does from the push's job, while the UI thread runs the dialogs */
	private boolean get(URIish uri, CredentialItem... items) {
		CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> Boolean.valueOf(provider.get(uri, items)));
		UiThread.waitUntil("the SSH question answered", answer::isDone); //$NON-NLS-1$
		return answer.join().booleanValue();
	}
}
