package yeardiff.draft.internal;

import yeardiff.model.nls.MessageFields;

/**
 * The bundle's user-visible texts, read from {@code messages.properties} into fields of the same
 * name, the way Eclipse's {@code NLS} does it. Drafting runs as plain Java (tests, command line) as
 * well as in OSGi, so the texts are read through {@link java.util.ResourceBundle} instead of depending on
 * {@code org.eclipse.osgi}.
 */
public final class Messages {

	public static String draftExists;
	public static String noEarlierReport;
	public static String noDraft;
	public static String unreadableDraft;
	public static String unreadableAudit;
	public static String unsavableDraft;
	public static String notADraft;
	public static String invalidYear;

	public static String pastFuture;
	public static String dueCommitment;
	public static String auditFlagged;
	public static String auditFlaggedWithRationale;
	public static String unchangedFact;
	public static String unchangedFactItem;
	public static String listSeparator;

	public static String setTextLabel;
	public static String addStatementLabel;
	public static String deleteStatementLabel;
	public static String moveStatementLabel;
	public static String addSectionLabel;
	public static String deleteSectionLabel;
	public static String moveSectionLabel;

	static {
		MessageFields.load(Messages.class, "yeardiff.draft.internal.messages"); //$NON-NLS-1$
	}

	private Messages() {
	}

	/** Fills the {@code {0}}, {@code {1}} ... of a message; see {@link MessageFields#bind}. */
	public static String bind(String message, Object... arguments) {
		return MessageFields.bind(message, arguments);
	}
}
