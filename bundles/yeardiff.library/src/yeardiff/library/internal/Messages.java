package yeardiff.library.internal;

import yeardiff.model.nls.MessageFields;

/**
 * The library's user-visible texts, read from {@code messages.properties} (and
 * {@code messages_nl.properties} for Dutch) into fields of the same name. The texts speak of
 * letters, files and statements, not of command-line options: the command line and the workbench
 * each say in their own words how the user gives a year or an id.
 */
public final class Messages {

	public static String ReportLibrary_oneLetterOptions;
	public static String ReportLibrary_notAFile;
	public static String ReportLibrary_noSuchFile;
	public static String ReportLibrary_tooLarge;
	public static String ReportLibrary_noStatement;

	static {
		MessageFields.load(Messages.class, "yeardiff.library.internal.messages"); //$NON-NLS-1$
	}

	private Messages() {
	}

	/** Fills the {@code {0}}, {@code {1}} ... of a message; see {@link MessageFields#bind}. */
	public static String bind(String message, Object... arguments) {
		return MessageFields.bind(message, arguments);
	}
}
