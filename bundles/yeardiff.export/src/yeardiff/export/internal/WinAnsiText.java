package yeardiff.export.internal;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text a Standard 14 font can show. Those fonts need no embedding, so the PDF stays small and
 * portable, and their WinAnsiEncoding covers what the letters use (€ « » ë ï é ’ –); the few
 * characters it lacks are written the way a typist would (→ as ->, the minus sign as a hyphen) or,
 * failing that, as '?', so that no letter's text can make an export fail. A document that quotes
 * people's words (an auditor's rationale) may ask for no stand-ins: every character the font lacks
 * is then a visible '?', never a rewording.
 */
public final class WinAnsiText {

	private static final char UNKNOWN = '?';

	/** Stand-ins for characters the comparison itself writes or the letters commonly hold. */
	private static final Map<Integer, String> STAND_INS = Map.of(
			Integer.valueOf('\u2192'), "->", //$NON-NLS-1$ // right arrow, in fact changes
			Integer.valueOf('\u2212'), "-", //$NON-NLS-1$ // minus sign, in fact deltas
			Integer.valueOf('\u2011'), "-", //$NON-NLS-1$ // non-breaking hyphen
			Integer.valueOf('\u2010'), "-", //$NON-NLS-1$ // hyphen
			Integer.valueOf('\u00b1'), "+/-", //$NON-NLS-1$ // plus-minus, for an unchanged delta
			Integer.valueOf('\u2264'), "<=", //$NON-NLS-1$
			Integer.valueOf('\u2265'), ">=", //$NON-NLS-1$
			Integer.valueOf('\u2605'), "*"); //$NON-NLS-1$ // the significance mark

	private final PDFont font;
	private final boolean standIns;
	private final Map<Integer, Boolean> encodable = new HashMap<>();

	/** Text for {@code font}, with the typist's stand-ins. */
	public WinAnsiText(PDFont font) {
		this(font, true);
	}

	/** @param standIns whether a missing character may be written as its stand-in, or only as '?' */
	public WinAnsiText(PDFont font, boolean standIns) {
		this.font = font;
		this.standIns = standIns;
	}

	/** {@code text} with every character the font cannot show replaced; white space becomes a space. */
	public String of(String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder shown = new StringBuilder(composed.length());
		composed.codePoints().forEach(codePoint -> {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				shown.append(' ');
			} else if (canShow(codePoint)) {
				shown.appendCodePoint(codePoint);
			} else {
				String standIn = standIns ? STAND_INS.get(Integer.valueOf(codePoint)) : null;
				shown.append(standIn != null && standIn.codePoints().allMatch(this::canShow) ? standIn
						: String.valueOf(UNKNOWN));
			}
		});
		return shown.toString();
	}

	private boolean canShow(int codePoint) {
		return encodable.computeIfAbsent(Integer.valueOf(codePoint), key -> Boolean.valueOf(encodes(codePoint)))
				.booleanValue();
	}

	private boolean encodes(int codePoint) {
		if (Character.isISOControl(codePoint)) {
			return false;
		}
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		} catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}
}
