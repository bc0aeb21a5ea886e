package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.ingest.ImportOptions;
import yeardiff.library.ReportLibrary;
import yeardiff.samples.SampleLetter;
import yeardiff.ui.internal.SecureStorageCredentials;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Git;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;

/**
 * Reports &gt; Push against a Git server that demands a user name and password: the workbench asks
 * in its credentials dialog, keeps what the server took in secure storage (here one in the test's
 * temp dir, never the user's), does not ask again, and forgets what the server refused.
 */
@ExtendWith(BackgroundJobsFinish.class)
class SecureStorageCredentialsTest {

	private static final String DIALOG = "Git credentials"; //$NON-NLS-1$
	private static final String USER = "anna"; //$NON-NLS-1$
	private static final String PASSWORD = "Zeilboot-Kwartet-4711"; //$NON-NLS-1$
	private static final String WRONG_PASSWORD = "Fietsbel-Onjuist-0815"; //$NON-NLS-1$
	/** Where the provider keeps credentials in the storage: one node per remote location. */
	private static final String REMOTES = "yeardiff/remotes"; //$NON-NLS-1$

	@TempDir
	Path temp;

	private GitHttpServer server;
	private Path serverRepository;
	private Path local;
	private String uri;
	private Path storageFile;
	private ISecurePreferences storage;

	@BeforeEach
	void startServerAndOpenRepository() throws Exception {
		Path root = Files.createDirectories(temp.resolve("server")); //$NON-NLS-1$
		serverRepository = Files.createDirectories(root.resolve("reports.git")); //$NON-NLS-1$
		Git.run(serverRepository, "init", "--quiet", "--bare", "--initial-branch=main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		server = GitHttpServer.start(root, Files.createDirectories(temp.resolve("server-home")), temp.resolve("server.log"), //$NON-NLS-1$ //$NON-NLS-2$
				USER, PASSWORD);
		uri = server.uri("reports.git"); //$NON-NLS-1$

		local = temp.resolve("anna"); //$NON-NLS-1$
		try (ReportLibrary library = ReportLibrary.init(local)) {
			SampleLetter letter = SampleLetter.REPORT_2019;
			library.importLetter(letter.bytes(), letter.fileName(), ImportOptions.defaults(), false);
			library.repository().addRemote("origin", uri); //$NON-NLS-1$
		}
		SampleRepository.show(local, 1);

		storageFile = temp.resolve("secure_storage"); //$NON-NLS-1$
		// A fixed password for the storage's encryption: no password provider, no prompt for one.
		storage = SecurePreferencesFactory.open(storageFile.toUri().toURL(), Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE,
				IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("storage-of-this-test".toCharArray()))); //$NON-NLS-1$
		CredentialsProvider.setDefault(new SecureStorageCredentials(storage));
	}

	@AfterEach
	void stopServer() {
		CredentialsProvider.setDefault(null);
		server.close();
	}

	@Test
	void pushAsksOnceKeepsTheCredentialsAndThenPushesWithoutAsking() throws Exception {
		IStatus first;
		try (DialogWatch dialogs = DialogWatch.answering(shell -> {
			if (DIALOG.equals(shell.getText())) {
				signIn(shell, PASSWORD);
			}
		})) {
			first = SynchronizeCommand.push();
			assertEquals(IStatus.INFO, first.getSeverity(), first + "; server: " + server.requests()); //$NON-NLS-1$
			assertEquals("Pushed to origin.", first.getMessage()); //$NON-NLS-1$
			assertEquals(1, dialogs.seen().size(), dialogs.seen().toString());
			assertEquals(DIALOG, dialogs.seen().get(0).title());
			assertTrue(dialogs.seen().get(0).says("User name and password for " + uri), dialogs.seen().toString()); //$NON-NLS-1$
		}
		assertEquals(Git.head(local), Git.run(serverRepository, "rev-parse", "main").strip()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(USER + ':' + PASSWORD), stored());
		assertFalse(Files.readString(storageFile).contains(PASSWORD), "the password is kept unencrypted"); //$NON-NLS-1$

		try (ReportLibrary library = ReportLibrary.open(local)) {
			SampleLetter letter = SampleLetter.REPORT_2020;
			library.importLetter(letter.bytes(), letter.fileName(), ImportOptions.defaults(), false);
		}
		IStatus second;
		try (DialogWatch dialogs = DialogWatch.closingDialogs()) {
			second = SynchronizeCommand.push();
			assertEquals("Pushed to origin.", second.getMessage(), second + "; server: " + server.requests()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(List.of(), dialogs.seen(), "the second push asked again"); //$NON-NLS-1$
		}
		assertEquals(Git.head(local), Git.run(serverRepository, "rev-parse", "main").strip()); //$NON-NLS-1$ //$NON-NLS-2$
		assertNowhere(PASSWORD, first.getMessage(), second.getMessage());
	}

	@Test
	void aRefusedPasswordIsForgottenAndTheUserToldInOneLine() throws Exception {
		AtomicInteger asked = new AtomicInteger();
		AtomicReference<List<String>> storedWhenAskedAgain = new AtomicReference<>();
		IStatus refused;
		List<DialogWatch.Seen> seen;
		try (DialogWatch dialogs = DialogWatch.answering(shell -> {
			if (DIALOG.equals(shell.getText())) {
				if (asked.incrementAndGet() == 1) {
					signIn(shell, WRONG_PASSWORD);
				} else {
					storedWhenAskedAgain.set(stored());
					Widgets.click(Widgets.button(shell, "Cancel")); //$NON-NLS-1$
				}
			}
		})) {
			refused = SynchronizeCommand.push();
			String message = "origin refused the user name and password: check them and try again"; //$NON-NLS-1$
			assertEquals(IStatus.ERROR, refused.getSeverity(), refused.toString());
			assertEquals(message, refused.getMessage());
			assertFalse(refused.getMessage().contains("\n"), refused.getMessage()); //$NON-NLS-1$
			UiThread.waitUntil("the error dialog that says: " + message, //$NON-NLS-1$
					() -> dialogs.seen().stream().anyMatch(dialog -> dialog.says(message)));
			seen = dialogs.seen();
		}
		// The server refused the kept password: it was forgotten before the user was asked again.
		assertEquals(2, asked.get(), seen.toString());
		assertEquals(List.of(), storedWhenAskedAgain.get());
		assertEquals(List.of(), stored());
		assertFalse(Files.readString(storageFile).contains("127.0.0.1"), "the refused credentials are still in the storage file"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("", Git.runOrEmpty(serverRepository, "rev-parse", "--verify", "--quiet", "main"), "the refused push landed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		List<String> shown = new ArrayList<>(List.of(refused.getMessage()));
		seen.forEach(dialog -> shown.addAll(dialog.texts()));
		assertNowhere(WRONG_PASSWORD, shown.toArray(String[]::new));
	}

	@Test
	void aPushTheUserGivesNoCredentialsForStopsWithOneLine() throws Exception {
		IStatus declined;
		try (DialogWatch dialogs = DialogWatch.answering(shell -> {
			if (DIALOG.equals(shell.getText())) {
				Widgets.click(Widgets.button(shell, "Cancel")); //$NON-NLS-1$
			}
		})) {
			declined = SynchronizeCommand.push();
			String message = "origin asks for a user name and password, and none were given"; //$NON-NLS-1$
			assertEquals(IStatus.ERROR, declined.getSeverity(), declined.toString());
			assertEquals(message, declined.getMessage());
			UiThread.waitUntil("the error dialog that says: " + message, //$NON-NLS-1$
					() -> dialogs.seen().stream().anyMatch(dialog -> dialog.says(message)));
			assertEquals(1, dialogs.seen().stream().filter(dialog -> DIALOG.equals(dialog.title())).count(), dialogs.seen().toString());
		}
		assertEquals(List.of(), stored());
		assertEquals("", Git.runOrEmpty(serverRepository, "rev-parse", "--verify", "--quiet", "main"), "a push without credentials landed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** Fills in the credentials dialog as the user would, keeping them, and presses OK. */
	private static void signIn(Shell dialog, String password) {
		List<Text> fields = Widgets.find(dialog, Text.class, Text::getEditable);
		Text user = fields.stream().filter(field -> (field.getStyle() & SWT.PASSWORD) == 0).findFirst().orElseThrow();
		Text secret = fields.stream().filter(field -> (field.getStyle() & SWT.PASSWORD) != 0).findFirst().orElseThrow();
		user.setText(USER);
		secret.setText(password);
		Button keep = Widgets.button(dialog, "Keep them in Eclipse secure storage"); //$NON-NLS-1$
		assertTrue(keep.getSelection(), "keeping the credentials is not the default"); //$NON-NLS-1$
		Widgets.click(Widgets.button(dialog, "OK")); //$NON-NLS-1$
	}

	/** The credentials in the storage, as {@code user:password}, one per remote location. */
	private List<String> stored() {
		List<String> credentials = new ArrayList<>();
		ISecurePreferences remotes = storage.node(REMOTES);
		try {
			for (String location : remotes.childrenNames()) {
				ISecurePreferences node = remotes.node(location);
				credentials.add(node.get("user", null) + ':' + node.get("password", null)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (StorageException e) {
			throw new AssertionError("the test's secure storage cannot be read", e); //$NON-NLS-1$
		}
		return credentials;
	}

	/** Fails if {@code secret} is in the repository's configuration, the workbench's log or {@code shown}. */
	private void assertNowhere(String secret, String... shown) throws Exception {
		assertFalse(Files.readString(local.resolve(".git/config")).contains(secret), "the password is in .git/config"); //$NON-NLS-1$ //$NON-NLS-2$
		Path log = Path.of(Platform.getLogFileLocation().toOSString());
		assertFalse(Files.exists(log) && Files.readString(log).contains(secret), "the password is in " + log); //$NON-NLS-1$
		for (String text : shown) {
			assertFalse(text.contains(secret), "the password is shown: " + text); //$NON-NLS-1$
		}
	}
}
