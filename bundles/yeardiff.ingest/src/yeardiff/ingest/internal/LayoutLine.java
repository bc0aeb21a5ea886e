package yeardiff.ingest.internal;

import java.util.Objects;

/**
 * One line of a page as its source set it, stripped of surrounding spaces; an empty text is a
 * blank line, which separates paragraphs or marks vertical space.
 */
public record LayoutLine(String text, LineKind kind) {

	/** A blank line: vertical space between blocks of text. */
	public static final LayoutLine BLANK = new LayoutLine("", LineKind.PLAIN); //$NON-NLS-1$

	public LayoutLine {
		Objects.requireNonNull(kind);
		text = text.strip();
	}

	/** A line of body type, or of a source that knows no type. */
	public static LayoutLine plain(String text) {
		return new LayoutLine(text, LineKind.PLAIN);
	}

	public boolean isBlank() {
		return text.isEmpty();
	}
}
