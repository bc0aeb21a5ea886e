package yeardiff.export.internal;

import java.util.List;

/**
 * One line of PDF text: runs of text in their styles, already made showable by the font, and the
 * width they take.
 */
public record PdfLine(List<Run> runs, float width) {

	/** Text in one style. */
	public record Run(String text, PdfStyle style) {
	}
}
