package yeardiff.ingest;

import java.util.Objects;

/**
 * A file that cannot become a report. The message is one line that names the file, says what is
 * wrong with it and what the user can do about it: the command line prints it as it is and the
 * workbench shows it in its error dialog. {@link #reason()} lets callers react without parsing the
 * message.
 */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why a file was refused. */
	public enum Reason {
		/** The file has no content. */
		EMPTY,
		/** Neither a PDF nor text in UTF-8 or Windows-1252. */
		NOT_TEXT,
		/** Readable, but not a letter on international military cooperation. */
		NOT_A_LETTER,
		/** A PDF that cannot be parsed: truncated or corrupt. */
		DAMAGED_PDF,
		/** A PDF that needs a password to be opened. */
		ENCRYPTED_PDF,
		/** A PDF without any text, such as a scan without OCR. */
		NO_TEXT_LAYER,
		/** Larger than the size limit. */
		TOO_LARGE,
		/** More pages than the page limit. */
		TOO_MANY_PAGES,
		/** The letter does not say which year it covers and the caller did not say either. */
		YEAR_UNKNOWN,
		/** A PDF with a stream that decodes to more than any letter needs (a decompression bomb). */
		STREAM_TOO_LARGE,
		/** Reading the letter took longer than the import's time limit. */
		TIME_LIMIT,
		/** The user cancelled the import. */
		CANCELLED
	}

	private final Reason reason;

	public ImportException(Reason reason, String message) {
		this(reason, message, null);
	}

	public ImportException(Reason reason, String message, Throwable cause) {
		super(oneLine(message), cause);
		this.reason = Objects.requireNonNull(reason);
	}

	/** Why the file was refused. */
	public Reason reason() {
		return reason;
	}

	/** Messages are printed as one line on the command line: a cause's line breaks must not split them. */
	private static String oneLine(String message) {
		return message.replaceAll("\\s*\\R\\s*", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
