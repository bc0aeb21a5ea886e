package yeardiff.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.meta.ReportFactory;

/**
 * Numbers of things: "ongeveer 270 militairen", "negen extra F-35's", "alle veertien nieuwe
 * Chinook helikopters", "een viertal gevechtsvliegtuigen". A number only counts when a noun
 * follows it, possibly after adjectives ("nieuwe", "extra") and names ("Chinook"); the adjectives
 * are left out of what is counted, the names kept. Durations ("vier jaar") are not counts, and
 * the unstressed "een" is an article, not a number.
 */
public final class CountRecognizer extends FactRecognizer {

	/** Unit of a count of people. */
	public static final String PERSONS = "persons"; //$NON-NLS-1$

	/** Unit of a count of anything else. */
	public static final String ITEMS = "items"; //$NON-NLS-1$

	private static final String WORD = "[\\p{L}\\d][\\p{L}\\d\\-]*(?:['\u2019\u00bb]s)?"; //$NON-NLS-1$

	/** A number in digits or a word, then up to four more words: the candidates for what is counted. */
	private static final Pattern NUMBER_AND_WORDS = Pattern.compile(
			"(?<![\\w.,\\-\u20ac\u00a3$])(\\d{1,3}(?:\\.\\d{3})*|\\p{L}+)((?:\\s+" + WORD + "){1,4})"); //$NON-NLS-1$ //$NON-NLS-2$

	/** Characters other than letters and digits after which no number starts: see {@link #NUMBER_AND_WORDS}. */
	private static final String NOT_BEFORE_NUMBER = "_.,-\u20ac\u00a3$"; //$NON-NLS-1$

	private static final Pattern WHITESPACE = Pattern.compile("\\s+"); //$NON-NLS-1$

	/** "999.999.999": no count of people or things in a letter comes near a billion, nor does an int hold much more. */
	private static final int COUNT_DIGITS = 11;

	private static final String SENTENCE_END = ".!?:"; //$NON-NLS-1$

	/** "een viertal", "een tiental": about four, about ten. */
	private static final String ROUND_SUFFIX = "tal"; //$NON-NLS-1$

	/**
	 * Plural endings: "-en", "-s", and the apostrophe plural of words ending in a vowel or a digit
	 * ("programma's", "F-35's"; the PDF text layer turns some apostrophes into "»").
	 */
	private static final Pattern PLURAL = Pattern.compile("[\\p{L}\\d\\-]{2,}(?:en|\u00ebn|s|['\u2019\u00bb]s)"); //$NON-NLS-1$

	/** The plural ending of a type name: "F-35's" counts F-35s. */
	private static final Pattern TYPE_PLURAL_SUFFIX = Pattern.compile("(?<=\\d)['\u2019\u00bb]?s$"); //$NON-NLS-1$

	/** Singular nouns the letters count ("1 militair", "één SRTUAS systeem"). */
	private static final Set<String> SINGULAR_NOUNS = Set.of("militair", "systeem", "fregat", "schip", "onderzeeboot", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"compagnie", "detachement", "helikopter", "vliegtuig", "project", "stafofficier", "instructeur", "persoon"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/**
	 * Uninflected adjectives between a number and its noun ("negen extra F-35's"); inflected ones
	 * end in "-e" ("twee nieuwe fregatten"). Neither belongs to what is counted.
	 */
	private static final Set<String> ADJECTIVES = Set.of("extra", "nieuw", "militair", "eigen", "ander", "groot", "klein"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** Words ending like plurals that follow numbers without being counted: verbs, durations. */
	private static final Set<String> NOT_COUNTED = Set.of("jaar", "jaren", "maanden", "maand", "weken", "dagen", "uren", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"decennia", "keer", "maal", "en", "zijn", "worden", "werden", "hebben", "zullen", "kunnen", "moeten", "waren", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"gaan", "komen", "blijven", "procent", "jaarlijks", "algemeen", "plaats", "miljard", "miljoen", "van", "tot", "uit", "in", "op"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$

	/** Endings of nouns for people, in Dutch and in the English names of units the letters quote. */
	private static final List<String> PERSON_ENDINGS = List.of("militairen", "militair", "personen", "persoon", "mariniers", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"officieren", "officier", "specialisten", "adviseurs", "experts", "waarnemers", "instructeurs", "instructeur", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"vliegers", "studenten", "medewerkers", "manschappen", "soldaten", "observers", "officers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	@Override
	public void find(StatementText statement, List<Fact> facts) {
		String text = statement.text();
		Matcher candidate = NUMBER_AND_WORDS.matcher(text);
		// the look-behind of a candidate matched from its own start must see the character before it
		candidate.useTransparentBounds(true);
		int at = 0;
		while (at < text.length()) {
			int begin = at++;
			// most words are no number: rule them out before the pattern reads the words after them
			if (!startsNumber(text, begin)) {
				continue;
			}
			boolean digits = isDigit(text.charAt(begin));
			boolean round = false;
			OptionalInt value = OptionalInt.empty();
			if (!digits) {
				String word = letters(text, begin);
				value = NumberWords.valueOf(word);
				if (value.isEmpty() && word.length() > ROUND_SUFFIX.length() && word.endsWith(ROUND_SUFFIX)) {
					value = NumberWords.valueOf(word.substring(0, word.length() - ROUND_SUFFIX.length()));
					round = true;
				}
				if (value.isEmpty()) {
					continue;
				}
			}
			if (!candidate.region(begin, text.length()).lookingAt()) {
				continue;
			}
			if (digits) {
				value = partOfName(text, begin) ? OptionalInt.empty() : digits(candidate.group(1));
				if (value.isEmpty()) {
					continue;
				}
			}
			Count count = counted(text, candidate.end(1), candidate.group(2));
			if (count != null) {
				count.setValue(value.getAsInt());
				count.setApproximate(round);
				facts.add(place(count, statement, begin, count.getEnd()));
				at = count.getEnd();
			}
		}
	}

	/**
	 * Whether a number in digits or a word may start at an offset: what {@link #NUMBER_AND_WORDS}
	 * asks of its first character and of the one before it.
	 */
	private static boolean startsNumber(String text, int offset) {
		int first = text.codePointAt(offset);
		if (!isDigit(first) && !Character.isLetter(first)) {
			return false;
		}
		if (offset == 0) {
			return true;
		}
		char before = text.charAt(offset - 1);
		return !isDigit(before) && !(before >= 'a' && before <= 'z') && !(before >= 'A' && before <= 'Z') && NOT_BEFORE_NUMBER.indexOf(before) < 0;
	}

	/** The run of letters starting at an offset. */
	private static String letters(String text, int offset) {
		int end = offset;
		while (end < text.length()) {
			int codePoint = text.codePointAt(end);
			if (!Character.isLetter(codePoint)) {
				break;
			}
			end += Character.charCount(codePoint);
		}
		return text.substring(offset, end);
	}

	/** An ASCII digit, as {@code \d} matches. */
	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static OptionalInt digits(String number) {
		if (number.length() > COUNT_DIGITS) {
			return OptionalInt.empty();
		}
		int value = Integer.parseInt(number.replace(".", "")); //$NON-NLS-1$ //$NON-NLS-2$
		boolean year = value >= 1900 && value < 2100 && number.length() == 4;
		return year || value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
	}

	/**
	 * A count of what the words after a number name, its counted words, unit and end offset set,
	 * or null when the words do not start with a noun phrase.
	 */
	private static Count counted(String text, int wordsBegin, String words) {
		String[] tokens = WHITESPACE.split(words.strip());
		StringBuilder counted = new StringBuilder();
		int offset = wordsBegin;
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i];
			offset = text.indexOf(token, offset) + token.length();
			String lower = token.toLowerCase(Locale.ROOT);
			if (NOT_COUNTED.contains(lower)) {
				return null;
			}
			boolean name = isName(token);
			boolean adjective = !name && (ADJECTIVES.contains(lower) && i + 1 < tokens.length && isNoun(tokens[i + 1])
					|| lower.endsWith("e") && !SINGULAR_NOUNS.contains(lower)); //$NON-NLS-1$
			if (!adjective && isNoun(token)) {
				String head = token;
				// "11 United Nations Military Observers": a name runs on past its first plural
				while (name && i + 1 < tokens.length && isCapitalizedWord(tokens[i + 1])) {
					counted.append(counted.isEmpty() ? "" : " ").append(head); //$NON-NLS-1$ //$NON-NLS-2$
					head = tokens[++i];
					offset = text.indexOf(head, offset) + head.length();
				}
				counted.append(counted.isEmpty() ? "" : " ").append(TYPE_PLURAL_SUFFIX.matcher(head).replaceFirst("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Count count = ReportFactory.eINSTANCE.createCount();
				count.setCounted(counted.toString());
				count.setUnit(unit(head.toLowerCase(Locale.ROOT)));
				count.setEnd(offset);
				return count;
			}
			if (name) {
				counted.append(counted.isEmpty() ? "" : " ").append(token); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (!adjective) {
				return null;
			}
		}
		return null;
	}

	private static boolean isNoun(String token) {
		String lower = token.toLowerCase(Locale.ROOT);
		return !NOT_COUNTED.contains(lower) && (SINGULAR_NOUNS.contains(lower) || PLURAL.matcher(token).matches());
	}

	private static boolean isName(String token) {
		return Character.isUpperCase(token.charAt(0)) || token.chars().anyMatch(Character::isDigit);
	}

	/** A capitalised word, not an acronym: "Military", not "IPO". */
	private static boolean isCapitalizedWord(String token) {
		return Character.isUpperCase(token.charAt(0)) && token.chars().anyMatch(Character::isLowerCase);
	}

	/**
	 * Whether digits belong to a name rather than count something: "DYNAMIC MARINER 20", "Group
	 * 2". The word before them is capitalised and is not the first word of the sentence.
	 */
	private static boolean partOfName(String text, int numberBegin) {
		int wordEnd = skipSpaceBackwards(text, numberBegin);
		int wordBegin = wordEnd;
		while (wordBegin > 0 && !Character.isWhitespace(text.charAt(wordBegin - 1))) {
			wordBegin--;
		}
		if (wordBegin == wordEnd || !Character.isUpperCase(text.charAt(wordBegin))) {
			return false;
		}
		int before = skipSpaceBackwards(text, wordBegin);
		return before > 0 && SENTENCE_END.indexOf(text.charAt(before - 1)) < 0;
	}

	private static int skipSpaceBackwards(String text, int offset) {
		int position = offset;
		while (position > 0 && Character.isWhitespace(text.charAt(position - 1))) {
			position--;
		}
		return position;
	}

	private static String unit(String noun) {
		return PERSON_ENDINGS.stream().anyMatch(noun::endsWith) ? PERSONS : ITEMS;
	}
}
