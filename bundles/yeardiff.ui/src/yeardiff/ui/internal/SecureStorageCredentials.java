package yeardiff.ui.internal;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.widgets.Display;

/**
 * JGit's credentials for the workbench's push and pull, kept in Eclipse secure storage (encrypted,
 * per user) and asked for when missing or refused. They never enter the repository, a remote URI,
 * a log or a message.
 */
public final class SecureStorageCredentials extends CredentialsProvider {

	private static final String NODE = "yeardiff/remotes"; //$NON-NLS-1$
	private static final String USER = "user"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$

	private final ISecurePreferences storage;

	/**
	 * A provider that keeps the credentials in {@code storage}: the user's default secure storage
	 * in the workbench, one in a temporary folder in the tests.
	 *
	 * @param storage the secure storage to keep credentials in, or null when there is none (then
	 *            the user is asked every time)
	 */
	public SecureStorageCredentials(ISecurePreferences storage) {
		this.storage = storage;
	}

	/**
	 * Installs a provider on the user's default secure storage as JGit's default, which the
	 * store's push and pull use, unless one is installed already.
	 */
	public static void install() {
		if (!(CredentialsProvider.getDefault() instanceof SecureStorageCredentials)) {
			CredentialsProvider.setDefault(new SecureStorageCredentials(SecurePreferencesFactory.getDefault()));
		}
	}

	@Override
	public boolean isInteractive() {
		return true;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		for (CredentialItem item : items) {
			if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
					|| item instanceof CredentialItem.InformationalMessage || item instanceof CredentialItem.YesNoType
					|| item instanceof CredentialItem.StringType || item instanceof CredentialItem.CharArrayType)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
		if (!isUserAndPassword(items)) {
			return SshPrompts.ask(location(uri), items);
		}
		String[] stored = read(uri);
		if (stored == null) {
			stored = ask(uri);
			if (stored == null) {
				return false;
			}
		}
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username username) {
				username.setValue(stored[0]);
			} else if (item instanceof CredentialItem.Password password) {
				password.setValue(stored[1].toCharArray());
			} else if (!(item instanceof CredentialItem.InformationalMessage)) {
				throw new UnsupportedCredentialItem(uri, item.getClass().getName() + ':' + item.getPromptText());
			}
		}
		return true;
	}

	/*
	 * A server's user name and password (HTTP asks for both) are kept in secure storage. Everything
	 * else is one of SSH's questions: whether to trust a host key, a key's passphrase, a password or
	 * a keyboard-interactive challenge for a user the URI names. Those are asked as they come and
	 * never stored: JGit keeps a passphrase for the session, and known_hosts what the user trusted.
	 */
	private static boolean isUserAndPassword(CredentialItem... items) {
		boolean user = false;
		for (CredentialItem item : items) {
			if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
					|| item instanceof CredentialItem.InformationalMessage)) {
				return false;
			}
			user |= item instanceof CredentialItem.Username;
		}
		return user;
	}

	/** The server refused what was stored: forget it, so the next attempt asks again. */
	@Override
	public void reset(URIish uri) {
		ISecurePreferences node = existingNode(uri);
		if (node != null) {
			node.removeNode();
			try {
				// Removed from the file too: else the refused password is back after a restart.
				storage.flush();
			} catch (java.io.IOException e) {
				org.eclipse.core.runtime.ILog.of(SecureStorageCredentials.class).warn("Could not forget the credentials for " + location(uri), e); //$NON-NLS-1$
			}
		}
	}

	private String[] read(URIish uri) {
		ISecurePreferences node = existingNode(uri);
		try {
			String user = node == null ? null : node.get(USER, null);
			String password = node == null ? null : node.get(PASSWORD, null);
			return user == null || password == null ? null : new String[] { user, password };
		} catch (StorageException unreadable) {
			return null;
		}
	}

	private String[] ask(URIish uri) {
		Display display = Display.getDefault();
		AtomicReference<String[]> answer = new AtomicReference<>();
		display.syncExec(() -> {
			CredentialsDialog dialog = new CredentialsDialog(display.getActiveShell(), location(uri), uri.getUser());
			if (dialog.open() == org.eclipse.jface.window.Window.OK) {
				answer.set(new String[] { dialog.user(), dialog.password() });
				if (dialog.remember()) {
					store(uri, dialog.user(), dialog.password());
				}
			}
		});
		return answer.get();
	}

	private void store(URIish uri, String user, String password) {
		ISecurePreferences node = node(uri);
		if (node == null) {
			return;
		}
		try {
			node.put(USER, user, false);
			node.put(PASSWORD, password, true);
			node.flush();
		} catch (StorageException | java.io.IOException e) {
			// Not remembered: the next push or pull asks again. The password is not in the message.
			org.eclipse.core.runtime.ILog.of(SecureStorageCredentials.class).warn("Could not keep the credentials for " + location(uri), e); //$NON-NLS-1$
		}
	}

	/** The node of the credentials for {@code uri}, created when missing. */
	private ISecurePreferences node(URIish uri) {
		return storage == null ? null : storage.node(path(uri));
	}

	/** The node of the credentials for {@code uri}, or null when there is none (none is created). */
	private ISecurePreferences existingNode(URIish uri) {
		return storage == null || !storage.nodeExists(path(uri)) ? null : storage.node(path(uri));
	}

	private static String path(URIish uri) {
		return NODE + '/' + encode(location(uri));
	}

	/** Where credentials are for: scheme, host, port and path, never the user info. */
	static String location(URIish uri) {
		return uri.setUser(null).setPass(null).toString();
	}

	private static String encode(String key) {
		return key.replace('/', '|');
	}
}
