package yeardiff.extract.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two spellings of a name compare equal: the letters write "Israël" one year and
 * "Israel" the next, "EU-NAVO samenwerking" and "EU-NAVO-samenwerking", with stray spaces left by
 * the PDF text layer.
 */
public final class NameKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Pd}_/]+"); //$NON-NLS-1$
	private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc`]"); //$NON-NLS-1$

	private NameKey() {
	}

	/** The comparison key of a name: no diacritics, lower case, hyphens and runs of spaces as one space. */
	public static String of(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
		String plain = MARKS.matcher(decomposed).replaceAll(""); //$NON-NLS-1$
		plain = APOSTROPHES.matcher(plain).replaceAll("'"); //$NON-NLS-1$
		return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip(); //$NON-NLS-1$
	}
}
