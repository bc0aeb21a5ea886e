package yeardiff.ingest.internal;

/**
 * How a line was set, as far as its source tells. A PDF knows fonts and positions, so its reader
 * can say that a line is bold, small or in the letterhead column; a text extraction knows none of
 * that and gives every line as {@link #PLAIN}, leaving the cleaning to recognise them by their
 * words and their place.
 */
public enum LineKind {
	/** Body type, or unknown. */
	PLAIN,
	/** Bold body-sized type: a heading. */
	BOLD,
	/** Type clearly smaller than the body's: footnotes. */
	SMALL,
	/** The letterhead column beside the body on the first page, and running headers there later. */
	ASIDE
}
