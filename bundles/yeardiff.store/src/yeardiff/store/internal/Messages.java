package yeardiff.store.internal;

import yeardiff.model.nls.MessageFields;

/**
 * The bundle's user-visible texts, read from {@code messages.properties} into fields of the same
 * name, the way Eclipse's {@code NLS} does it. The store runs as plain Java as well as in OSGi, so
 * it reads the properties through {@link java.util.ResourceBundle} instead of depending on
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
	public static String credentialsRefused;
	public static String credentialsMissing;
	public static String noRemote;
	public static String invalidRemoteName;
	public static String invalidRemoteUri;
	public static String passwordInUri;
	public static String notYeardiffRemote;
	public static String lockHeld;
	public static String xmlDamaged;
	public static String xmlUnknown;
	public static String xmlDoctype;
	public static String xmlNotReport;
	public static String xmlLine;
	public static String xmlLineColumn;
	public static String skippedReport;
	public static String unfinishedRollback;

	static {
		MessageFields.load(Messages.class, "yeardiff.store.internal.messages"); //$NON-NLS-1$
	}

	private Messages() {
	}

	/** Fills the {@code {0}}, {@code {1}} ... of a message; see {@link MessageFields#bind}. */
	public static String bind(String message, Object... arguments) {
		return MessageFields.bind(message, arguments);
	}
}
