package yeardiff.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number some letters put before a heading ("1. België en Luxemburg", "2.3 Duitsland",
 * "IV. NAVO"), and the heading without it. The depth of the number (how many parts it has) is the
 * heading's level in letters that number their headings.
 *
 * @param depth 0 for a heading without number, else the number's parts ("2.3" has two)
 * @param title the heading without its number
 */
public record HeadingNumber(int depth, String title) {

	/**
	 * "1.", "1)", "2.3", "2.3.", "IV." or "B." followed by white space. A year ("2019 ...") and a
	 * count ("50 Duitse militairen") are no heading numbers: arabic parts have at most two digits,
	 * and a single one needs its point or bracket.
	 */
	private static final Pattern NUMBER = Pattern
			.compile("^\\s*(?:(\\d{1,2}(?:\\.\\d{1,2})+)\\.?|(\\d{1,2})[.)]|([IVX]{1,5})\\.|([A-Z])\\.)\\s+(?=\\S)"); //$NON-NLS-1$

	/** The heading's number and its title. */
	public static HeadingNumber of(String heading) {
		String text = heading.strip();
		Matcher matcher = NUMBER.matcher(text);
		if (!matcher.find()) {
			return new HeadingNumber(0, text);
		}
		String title = text.substring(matcher.end());
		if (!Character.isLetter(title.codePointAt(0))) {
			return new HeadingNumber(0, text);
		}
		int depth = matcher.group(1) != null ? matcher.group(1).split("\\.").length : 1; //$NON-NLS-1$
		return new HeadingNumber(depth, title);
	}

	/** Whether the heading carries a number. */
	public boolean numbered() {
		return depth > 0;
	}
}
