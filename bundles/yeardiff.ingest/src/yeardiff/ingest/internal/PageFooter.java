package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Pagina x van y" line the ministry prints at the foot of every page of a letter, or its
 * short form "x/y" other house styles print. It is page furniture, not text, but it tells which
 * page this is and how many the letter had: a text extraction that skips pages shows it only
 * through these numbers.
 *
 * @param number the x
 * @param of the y
 */
public record PageFooter(int number, int of) {

	private static final Pattern FOOTER = Pattern.compile("Pagina\\s+(\\d{1,4})\\s+van\\s+(\\d{1,4})"); //$NON-NLS-1$
	/** "3/14" alone on a line; a year range ("2019/2020") has four digits, a page count at most three. */
	private static final Pattern SHORT_FOOTER = Pattern.compile("(\\d{1,3})\\s?/\\s?(\\d{1,3})"); //$NON-NLS-1$

	/** A footer glued to the end of the page's last line of text: "... ingePagina 1 van 5". */
	private static final Pattern GLUED = Pattern.compile("(.*\\S)(\\s*)(Pagina\\s+\\d{1,4}\\s+van\\s+\\d{1,4})\\s*"); //$NON-NLS-1$
	private static final char SOFT_HYPHEN = '\u00AD';

	/**
	 * The lines of a text with each footer on a line of its own. An extraction that undoes the
	 * hyphenation of a word broken at the foot of a page (pdftotext does) glues the word's first
	 * part to the footer after it ("ingePagina 1 van 5", the page after it starting with "zet"):
	 * there the part gets a soft hyphen back, which joins it to the rest of the word.
	 */
	public static List<String> unglued(List<String> lines) {
		List<String> result = new ArrayList<>(lines.size());
		for (String line : lines) {
			Matcher glued = GLUED.matcher(line);
			if (glued.matches() && !glued.group(1).isBlank()) {
				result.add(glued.group(2).isEmpty() && Character.isLetter(glued.group(1).charAt(glued.group(1).length() - 1))
						? glued.group(1) + SOFT_HYPHEN : glued.group(1));
				result.add(glued.group(3));
			} else {
				result.add(line);
			}
		}
		return result;
	}

	/** The footer a whole line is, if it is one. */
	public static Optional<PageFooter> parse(String line) {
		Matcher matcher = FOOTER.matcher(line.strip());
		if (!matcher.matches()) {
			matcher = SHORT_FOOTER.matcher(line.strip());
			// a page of the count: 3/14, never 14/3
			if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > Integer.parseInt(matcher.group(2)) || Integer.parseInt(matcher.group(1)) == 0) {
				return Optional.empty();
			}
		}
		return Optional.of(new PageFooter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
	}
}
