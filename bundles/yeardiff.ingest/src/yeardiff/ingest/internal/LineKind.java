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
	/** A heading: a line set apart from the body by weight, slant, size or face, or alone between paragraphs. */
	BOLD,
	/** Type clearly smaller than the body's: footnotes. */
	SMALL,
	/** Page furniture: a letterhead column on either side, its labels and values, running headers and footers. */
	ASIDE
}
