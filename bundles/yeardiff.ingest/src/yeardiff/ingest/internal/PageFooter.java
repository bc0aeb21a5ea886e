package yeardiff.ingest.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Pagina x van y" line the ministry prints at the foot of every page of a letter. It is page
 * furniture, not text, but it tells which page this is and how many the letter had: a text
 * extraction that skips pages shows it only through these numbers.
 *
 * @param number the x
 * @param of the y
 */
public record PageFooter(int number, int of) {

	private static final Pattern FOOTER = Pattern.compile("Pagina\\s+(\\d{1,4})\\s+van\\s+(\\d{1,4})"); //$NON-NLS-1$

	/** The footer a whole line is, if it is one. */
	public static Optional<PageFooter> parse(String line) {
		Matcher matcher = FOOTER.matcher(line.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new PageFooter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
	}
}
