package yeardiff.search.internal;

import yeardiff.model.nls.MessageFields;

/**
 * The bundle's user-visible texts, read from {@code messages.properties} into fields of the same
 * name, the way Eclipse's {@code NLS} does it. The search runs as plain Java as well as in OSGi, so
 * it reads the properties through {@link java.util.ResourceBundle} instead of depending on
 * {@code org.eclipse.osgi}.
 */
public final class Messages {

	public static String emptyQuery;
	public static String openQuote;
	public static String invalidQuery;
	public static String unknownField;
	public static String exactFilter;
	public static String unknownPartner;
	public static String invalidYear;
	public static String repositoryMoved;
	public static String indexFailure;

	static {
		MessageFields.load(Messages.class, "yeardiff.search.internal.messages"); //$NON-NLS-1$
	}

	private Messages() {
	}

	/** Fills the {@code {0}}, {@code {1}} ... of a message; see {@link MessageFields#bind}. */
	public static String bind(String message, Object... arguments) {
		return MessageFields.bind(message, arguments);
	}
}
