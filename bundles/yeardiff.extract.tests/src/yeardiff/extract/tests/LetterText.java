package yeardiff.extract.tests;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import yeardiff.samples.SampleLetter;

/**
 * A sample letter's text as running prose, the way the tests quote it: hyphenation at line ends
 * joined, stray superscript "e" lines ("43e") and footnote markers after a percentage ("1,48%3")
 * removed, whitespace collapsed. It lets a test check that the sentences it quotes are the
 * letters' own words.
 */
final class LetterText {

	private static final Pattern SUPERSCRIPT_LINE = Pattern.compile("(?m)^e\\s*$"); //$NON-NLS-1$
	private static final Pattern HYPHENATION = Pattern.compile("(\\p{L})-\\s*\\n\\s*(\\p{Ll})"); //$NON-NLS-1$
	private static final Pattern FOOTNOTE_MARKER = Pattern.compile("%\\d(?=\\s)"); //$NON-NLS-1$
	private static final Pattern WHITESPACE = Pattern.compile("\\s+"); //$NON-NLS-1$

	private LetterText() {
	}

	static String of(SampleLetter letter) {
		String text = new String(letter.bytes(), StandardCharsets.UTF_8);
		text = SUPERSCRIPT_LINE.matcher(text).replaceAll(""); //$NON-NLS-1$
		text = HYPHENATION.matcher(text).replaceAll("$1$2"); //$NON-NLS-1$
		text = FOOTNOTE_MARKER.matcher(text).replaceAll("%"); //$NON-NLS-1$
		return collapse(text);
	}

	static String collapse(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").strip(); //$NON-NLS-1$
	}
}
