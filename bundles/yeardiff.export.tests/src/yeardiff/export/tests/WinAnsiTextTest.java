package yeardiff.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import yeardiff.export.internal.WinAnsiText;

/**
 * What Helvetica shows of the letters' characters, and what it shows instead of the rest.
 */
class WinAnsiTextTest {

	private final WinAnsiText helvetica = new WinAnsiText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));

	@Test
	void theLettersCharactersAreKept() {
		assertEquals("€ 4,76 miljard, «Strategische Visie 2016», Israël, geïnvesteerd, Wilmès, thema’s, 2028–2029", //$NON-NLS-1$
				helvetica.of("€ 4,76 miljard, «Strategische Visie 2016», Israël, geïnvesteerd, Wilmès, thema’s, 2028–2029")); //$NON-NLS-1$
	}

	@Test
	void decomposedLettersAreComposed() {
		assertEquals("Israël", helvetica.of("Israe\u0308l")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void arrowsAndMinusSignsAreWrittenAsATypistWould() {
		assertEquals("€4,9 miljard -> € 4,76 miljard (-140 miljoen EUR)", //$NON-NLS-1$
				helvetica.of("€4,9 miljard \u2192 € 4,76 miljard (\u2212140 miljoen EUR)")); //$NON-NLS-1$
	}

	@Test
	void whiteSpaceBecomesASpaceAndTheRestAQuestionMark() {
		assertEquals("a b c d ? ?", helvetica.of("a\tb\nc\u00a0d \u4e2d \u0007")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
