package yeardiff.audit.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.model.api.Statement;

/**
 * Reads a later statement for whether it reports something as done: "sinds januari 2020 wordt
 * getraind", "heeft ... uitgevoerd", "is ... begonnen", "zijn ... geleverd", "vond plaats". A
 * statement the importer found forward-looking is never a report of something done.
 */
public final class EvidenceReading {

	/**
	 * A past participle: ge- and separable verbs (gestart, uitgevoerd, ingezet, afgerond), weak
	 * verbs with an unstressed prefix (verlengd, ondertekend, bereikt) and the strong ones the
	 * letters use; not the nouns and adjectives that look like them (gebied, afgelopen, geleden).
	 */
	private static final String PARTICIPLE = "(?:(?!gebied|geleden|gelegen|gedurende|gevolg|afgelopen)" //$NON-NLS-1$
			+ "(?:uit|op|in|aan|af|toe|voor|over|vast|door|mee|terug)?ge\\p{L}{2,}(?:d|t|en)" //$NON-NLS-1$
			+ "|(?:be|ver|ont|her|onder)\\p{L}{2,}(?:d|t)|begonnen|besloten|bevonden|verschenen|vertrokken)"; //$NON-NLS-1$

	private static final Pattern DONE = Pattern.compile("(?iu)\\bsinds\\b" //$NON-NLS-1$
			+ "|\\b(?:is|zijn|heeft|hebben|werd|werden)\\b(?:\\s+[^\\s.;:]+){0,10}?\\s+" + PARTICIPLE + "\\b" //$NON-NLS-1$ //$NON-NLS-2$
			+ "|\\b(?:vond|vonden)\\b(?:\\s+\\S+){0,8}?\\s+plaats\\b" //$NON-NLS-1$
			+ "|\\b(?:leverde|leverden|trad|traden|startte|startten|begon|opende|openden|tekende|tekenden|ondertekende|ondertekenden)\\b"); //$NON-NLS-1$

	private EvidenceReading() {
	}

	/**
	 * Where the words reporting the statement's content as done begin, or -1 when it does not
	 * report anything done. Of several, the last before {@code year} is named: in "vindt al sinds de
	 * jaren zeventig plaats, waarbij sinds januari 2020 ... wordt getraind" the words that speak to
	 * a commitment due in 2020 are the second "sinds".
	 *
	 * @param year the year the commitment was due, or 0
	 */
	public static int doneCue(Statement statement, int year) {
		if (statement.getCommitment() != null) {
			return -1;
		}
		String text = statement.getText();
		int yearAt = year > 0 ? text.indexOf(Integer.toString(year)) : -1;
		Matcher matcher = DONE.matcher(text);
		int cue = -1;
		while (matcher.find()) {
			if (cue < 0 || yearAt >= 0 && matcher.start() < yearAt) {
				cue = matcher.start();
			}
			if (yearAt < 0 || matcher.start() >= yearAt) {
				break;
			}
		}
		return cue;
	}
}
