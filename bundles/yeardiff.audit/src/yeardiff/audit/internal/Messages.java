package yeardiff.audit.internal;

import yeardiff.model.nls.MessageFields;

import java.text.MessageFormat;

/**
 * The bundle's user-visible texts, read from {@code messages.properties} into fields of the same
 * name, the way Eclipse's {@code NLS} does it. The audit runs as plain Java as well as in OSGi, so
 * it reads the properties through {@link java.util.ResourceBundle} instead of depending on
 * {@code org.eclipse.osgi}.
 */
public final class Messages {

	public static String reasonFulfilled;
	public static String reasonChangedFacts;
	public static String reasonChangedModality;
	public static String reasonDelayed;
	public static String reasonStillPlanned;
	public static String reasonSilent;
	public static String reasonNotCovered;
	public static String reasonSilentUncovered;
	public static String reasonSilentAll;
	public static String reasonCoveredBeforeDue;
	public static String reasonNotYetDue;
	public static String reasonNoPartner;
	public static String noCommitment;
	public static String noStatement;
	public static String emptyRationale;
	public static String missingStatus;
	public static String unreadableLog;
	public static String unwritableLog;
	public static String historyFailure;
	public static String verdictMessage;

	static {
		MessageFields.load(Messages.class, "yeardiff.audit.internal.messages"); //$NON-NLS-1$
	}

	private Messages() {
	}

	/** Fills the {@code {0}}, {@code {1}} ... of a message; see {@link MessageFields#bind}. */
	public static String bind(String message, Object... arguments) {
		return MessageFields.bind(message, arguments);
	}
}
