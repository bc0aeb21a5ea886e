package yeardiff.ingest.internal;

import java.util.Locale;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What a PDF font says of its face: its name without the subset tag that embedding adds, and
 * whether it is heavy or slanted. The descriptor's weight and flags are asked first; embedded
 * subsets often leave them out, so the name ("OpenSans-Semibold", "DejaVuSerif-Italic") decides
 * then.
 */
record FontFace(String name, boolean bold, boolean italic) {

	/** A subset font's name starts with six capitals and a plus sign: "CAAAAA+DejaVuSerif". */
	private static final int SUBSET_TAG = 7;
	/** Semibold (600) and heavier set a heading apart as bold does. */
	private static final float HEAVY = 600;

	static FontFace of(PDFont font) {
		if (font == null) {
			return new FontFace("", false, false); //$NON-NLS-1$
		}
		String name = font.getName() == null ? "" : font.getName(); //$NON-NLS-1$
		if (name.length() > SUBSET_TAG && name.charAt(SUBSET_TAG - 1) == '+' && name.substring(0, SUBSET_TAG - 1).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
			name = name.substring(SUBSET_TAG);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		PDFontDescriptor descriptor = font.getFontDescriptor();
		boolean heavy = descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= HEAVY);
		boolean bold = heavy || lower.contains("bold") || lower.contains("black") || lower.contains("heavy") || lower.contains("demi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		boolean slanted = descriptor != null && (descriptor.isItalic() || descriptor.getItalicAngle() != 0);
		boolean italic = slanted || lower.contains("italic") || lower.contains("oblique"); //$NON-NLS-1$ //$NON-NLS-2$
		return new FontFace(name, bold, italic);
	}
}
