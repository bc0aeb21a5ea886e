package yeardiff.store.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bundle's user-visible texts, read from {@code messages.properties} into fields of the same
 * name, the way Eclipse's {@code NLS} does it. The store runs as plain Java as well as in OSGi, so
 * it reads the properties through {@link ResourceBundle} instead of depending on
 * {@code org.eclipse.osgi}.
 */
public final class Messages {

	public static String notRepository;
	public static String notEmpty;
	public static String busy;
	public static String alreadyPresent;
	public static String noReport;
	public static String noCommit;
	public static String invalidReportId;
	public static String missingReportId;
	public static String invalidExtension;
	public static String invalidPath;
	public static String checksumMismatch;
	public static String concurrentChange;
	public static String repositoryFailure;
	public static String unreadableReport;
	public static String unsavableReport;
	public static String pullConflict;
	public static String pushRejected;
	public static String pushFailed;
	public static String remoteFailed;
	public static String noRemote;
	public static String invalidRemoteName;
	public static String remoteExists;
	public static String invalidRemoteUri;
	public static String passwordInUri;
	public static String notYeardiffRemote;

	static {
		ResourceBundle bundle = ResourceBundle.getBundle("yeardiff.store.internal.messages", //$NON-NLS-1$
				Locale.getDefault(), Messages.class.getClassLoader());
		for (Field field : Messages.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					field.set(null, bundle.getString(field.getName()));
				} catch (MissingResourceException | IllegalAccessException e) {
					throw new IllegalStateException("message missing: " + field.getName(), e); //$NON-NLS-1$
				}
			}
		}
	}

	private Messages() {
	}

	/**
	 * Fills the {@code {0}}, {@code {1}} ... of a message with the arguments. Unlike
	 * {@link java.text.MessageFormat} it gives quotes no meaning, so messages can quote commands
	 * ({@code 'yeardiff init'}) as they are.
	 */
	public static String bind(String message, Object... arguments) {
		StringBuilder text = new StringBuilder(message);
		for (int i = arguments.length - 1; i >= 0; i--) {
			String placeholder = "{" + i + "}"; //$NON-NLS-1$ //$NON-NLS-2$
			String value = String.valueOf(arguments[i]);
			for (int at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at + value.length())) {
				text.replace(at, at + placeholder.length(), value);
			}
		}
		return text.toString();
	}
}
