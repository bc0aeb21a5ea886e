package yeardiff.ingest.internal;

import yeardiff.model.nls.MessageFields;

/**
 * The bundle's user-visible texts, read from {@code messages.properties} into fields of the same
 * name, the way Eclipse's {@code NLS} does it. The importer runs as plain Java as well as in OSGi,
 * so it reads the properties through {@link java.util.ResourceBundle} instead of depending on
 * {@code org.eclipse.osgi}.
 */
public final class Messages {

	public static String empty;
	public static String notText;
	public static String notALetter;
	public static String damagedPdf;
	public static String truncatedPdf;
	public static String encryptedPdf;
	public static String noTextLayer;
	public static String tooLarge;
	public static String tooManyPages;
	public static String yearUnknown;
	public static String streamTooLarge;
	public static String timeLimit;
	public static String cancelled;
	public static String outOfMemory;
	public static String noPartnerSections;
	public static String noStatements;

	static {
		MessageFields.load(Messages.class, "yeardiff.ingest.internal.messages"); //$NON-NLS-1$
	}

	private Messages() {
	}

	/** Fills the {@code {0}}, {@code {1}} ... of a message; see {@link MessageFields#bind}. */
	public static String bind(String message, Object... arguments) {
		return MessageFields.bind(message, arguments);
	}
}
