package yeardiff.export.internal;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * How a run of PDF text looks: font, size, colour (RGB, 0..1) and a line through or under it, which
 * is how the PDF marks what only one report has.
 */
public record PdfStyle(PDFont font, float size, float red, float green, float blue, Decoration decoration) {

	public enum Decoration {
		NONE, STRIKE, UNDERLINE
	}

	/** Black undecorated text. */
	public static PdfStyle of(PDFont font, float size) {
		return new PdfStyle(font, size, 0, 0, 0, Decoration.NONE);
	}

	public PdfStyle colored(float newRed, float newGreen, float newBlue) {
		return new PdfStyle(font, size, newRed, newGreen, newBlue, decoration);
	}

	public PdfStyle decorated(Decoration newDecoration) {
		return new PdfStyle(font, size, red, green, blue, newDecoration);
	}
}
