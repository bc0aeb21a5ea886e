package yeardiff.extract.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement's text with what cheap checks need to know about it, worked out once: its lower-case
 * form and whether it has digits and a year. Most statements state no amount, year or commitment;
 * asking these before a pattern runs spares the patterns' scan of every position in the text.
 * <p>
 * The checks only ever rule a pattern out: each asks for something that every match of the
 * pattern contains. The lower-case form is for that and nothing else; patterns run on the text
 * itself, so offsets stay those of the text.
 */
public final class StatementText {

	private static final int[] NO_OFFSETS = {};

	private final String text;
	private final String lowerCase;
	private final boolean digits;
	private final int[] years;
	private final String country;

	private StatementText(String text, String country) {
		this.text = text;
		this.country = country;
		this.lowerCase = text.toLowerCase(Locale.ROOT);
		boolean anyDigit = false;
		int[] yearOffsets = NO_OFFSETS;
		int yearCount = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isDigit(text.charAt(i))) {
				anyDigit = true;
				if (startsYear(text, i)) {
					if (yearCount == yearOffsets.length) {
						yearOffsets = Arrays.copyOf(yearOffsets, yearCount * 2 + 1);
					}
					yearOffsets[yearCount++] = i;
				}
			}
		}
		this.digits = anyDigit;
		this.years = Arrays.copyOf(yearOffsets, yearCount);
	}

	/** The checks for a text. */
	public static StatementText of(String text) {
		return new StatementText(text, null);
	}

	/**
	 * The checks for a text in a section about a country, which tells what a bare currency unit
	 * ("kronen") in it means.
	 *
	 * @param country the ISO 3166 code of the country the statement's section is about, or null
	 */
	public static StatementText of(String text, String country) {
		return new StatementText(text, country);
	}

	/** The ISO 3166 code of the country the statement's section is about, or null. */
	public String country() {
		return country;
	}

	/** The text itself, for the patterns to run on. */
	public String text() {
		return text;
	}

	/** Whether the text has an ASCII digit ({@code \d}): amounts, counts in digits and years need one. */
	public boolean hasDigit() {
		return digits;
	}

	/** Whether four digits starting "19" or "20" occur: every time reference names a year so. */
	public boolean hasYear() {
		return years.length > 0;
	}

	/**
	 * The matches of a pattern whose every match starts with a year ("19" or "20" and two more
	 * digits), in the order and with the spans {@link Matcher#find()} gives them, found by trying
	 * the places where a year starts only.
	 */
	public List<MatchResult> matchesAtYears(Pattern pattern) {
		List<MatchResult> matches = new ArrayList<>();
		// look-behinds at a tried place must see the text before it
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
		int searched = 0;
		for (int offset : years) {
			if (offset >= searched && matcher.region(offset, text.length()).lookingAt()) {
				matches.add(matcher.toMatchResult());
				searched = matcher.end();
			}
		}
		return matches;
	}

	/** Whether the text contains a word, case aside (ASCII case, as {@code (?i)} patterns ignore it). */
	public boolean mentions(String lowerCaseWord) {
		return lowerCase.contains(lowerCaseWord);
	}

	/** Whether the text contains any of the words, case aside. */
	public boolean mentionsAny(List<String> lowerCaseWords) {
		for (String word : lowerCaseWords) {
			if (lowerCase.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsYear(String text, int at) {
		if (at + 4 > text.length() || !isDigit(text.charAt(at + 2)) || !isDigit(text.charAt(at + 3))) {
			return false;
		}
		char century = text.charAt(at);
		char decade = text.charAt(at + 1);
		return century == '1' && decade == '9' || century == '2' && decade == '0';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
