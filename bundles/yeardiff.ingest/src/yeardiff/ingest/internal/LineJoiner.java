package yeardiff.ingest.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph and undoes the hyphenation of justified type ({@code ontmoe-} +
 * {@code tingen} is {@code ontmoetingen}) without undoing real hyphens ({@code Duits-Nederlandse},
 * {@code NAVO-top}, {@code defensie-uitgaven}). Whether a hyphen at a line end is real cannot be
 * seen at the line end, so the joiner asks the letter itself first: a word it spells elsewhere
 * in one piece or with its hyphen decides. Only where the letter is silent do the spelling rules
 * decide: a capital or a conjunction after the hyphen, an abbreviation or a name before it, or two
 * vowels meeting (Dutch writes {@code defensie-uitgaven} to keep them apart) keep the hyphen. A
 * point of the compass is no name: it is capitalised and hyphenated before a name
 * ({@code Noord-Atlantische}), but one with a common word ({@code Noordpoolgebied}).
 */
public final class LineJoiner {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+"); //$NON-NLS-1$
	/** A capital after a lower-case letter, a lower-case letter after it: "Indo|Pacifische". */
	private static final Pattern CAPITAL_INSIDE = Pattern.compile("(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll}{2})"); //$NON-NLS-1$
	/** A word of three letters or more straight after a compound's number: "COVID-19|crisis". */
	private static final Pattern NUMBER_WORD = Pattern.compile("(?<=\\p{Lu}-\\d{1,4})(?=\\p{Ll}{3})"); //$NON-NLS-1$
	/** Punctuation that may close a word, besides closing brackets and quotes. */
	private static final String CLOSING_PUNCTUATION = ".,;:!?"; //$NON-NLS-1$
	/** The compass points and their combinations, which start compounds that are not names. */
	private static final Set<String> COMPASS_POINTS = Set.of("noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost", "zuidwest"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	/** A suspended compound: "lucht- en landmacht", "NAVO- of EU-verband". */
	private static final Set<String> CONJUNCTIONS = Set.of("en", "of", "tot", "als", "dan"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String VOWELS = "aeiouyáéíóúàèëïöüâêîôû"; //$NON-NLS-1$
	private static final char SOFT_HYPHEN = '\u00AD';
	/**
	 * A part after a hyphen this long is a noun of its own ("jachtvliegtuigen"); the tail of a word
	 * broken between syllables is shorter ("lië", "tain", "licopter").
	 */
	private static final int WHOLE_NOUN = 10;
	/** The parts of a compound written with a hyphen have at least this many letters. */
	private static final int MIN_PART = 4;
	/**
	 * A typesetter that hyphenates breaks far more lines than this share (a fifth to a third of them
	 * in justified type); a writer's hyphens meet a line end in one line of fifty or so.
	 */
	private static final double FEW_BROKEN_LINES = 0.04;


	private final TreeSet<String> words = new TreeSet<>();
	private final Set<String> hyphenPrefixes = new HashSet<>();
	private final Set<String> hyphenSuffixes = new HashSet<>();
	/** Whether a line-end hyphen the letter gives no evidence on is the typesetter's: see {@link #LineJoiner(List, boolean, boolean)}. */
	private boolean typesetterHyphenates;
	/** Whether every line-end hyphen is the writer's: see {@link #LineJoiner(List, boolean, boolean)}. */
	private boolean writerHyphensOnly;

	/**
	 * A joiner that knows the words of these lines. A word broken at a line end is not a word of the
	 * letter: only whole tokens inside lines count.
	 */
	public LineJoiner(Iterable<String> lines) {
		learnWords(lines);
	}

	/**
	 * A joiner that also measures how this letter was set. A PDF set with automatic hyphenation
	 * breaks words at syllables ("Fi-nancieel", "effici-ënt", "materi-eelprojecten"), which the
	 * spelling rules would take for a name or a vowel collision. Where the letter's own words
	 * decide more of its line-end hyphens for the typesetter (the joined word is spelled elsewhere)
	 * than for the writer (the hyphenated word is), the hyphens it is silent on go as well, unless
	 * an abbreviation, a capital or a conjunction shows a writer's hyphen.
	 *
	 * @param lines the letter's lines in reading order
	 * @param measure whether to measure the hyphenation (for typeset sources)
	 */
	public LineJoiner(List<String> lines, boolean measure) {
		this(lines, measure, false);
	}

	/**
	 * A joiner that measures how this letter was set, as {@link #LineJoiner(List, boolean)} does.
	 *
	 * <p>Where the lines are those of the PDF itself, a letter whose own words show no break of the
	 * typesetter's and that breaks few lines at a hyphen at all was set without hyphenation (ragged
	 * right, as many are): its line-end hyphens are all the writer's ("luitenant-" + "admiraal"),
	 * whatever the spelling rules would guess. A text extraction is not judged so: its lines may be
	 * the extractor's, not the typesetter's.</p>
	 *
	 * @param lines the letter's lines in reading order
	 * @param measure whether to measure the hyphenation (for typeset sources)
	 * @param typesetLines whether the lines are the PDF's own, as this reader set them
	 */
	public LineJoiner(List<String> lines, boolean measure, boolean typesetLines) {
		learnWords(lines);
		if (measure) {
			int joined = 0;
			int kept = 0;
			for (int i = 0; i + 1 < lines.size(); i++) {
				String left = lines.get(i);
				String right = lines.get(i + 1);
				if (right.isEmpty() || !endsWithBrokenWord(left)) {
					continue;
				}
				String before = lastPart(strip(lastToken(left)));
				String after = strip(WHITESPACE.split(right, 2)[0]);
				if (words.contains((before + after).toLowerCase(Locale.ROOT))) {
					joined++;
				} else if (words.contains((before + '-' + after).toLowerCase(Locale.ROOT))) {
					kept++;
				}
			}
			typesetterHyphenates = joined > kept;
			if (typesetLines && joined == 0) {
				long broken = lines.stream().filter(LineJoiner::endsWithBrokenWord).count();
				writerHyphensOnly = broken > 0 && broken <= FEW_BROKEN_LINES * lines.size();
			}
		}
	}

	/** The part of a token before its final hyphen after the last inner hyphen ("hoofd" of "NAVO-hoofd-"). */
	private static String lastPart(String token) {
		String word = token.endsWith("-") ? token.substring(0, token.length() - 1) : token; //$NON-NLS-1$
		return word.substring(word.lastIndexOf('-') + 1);
	}

	private void learnWords(Iterable<String> lines) {
		boolean continuesWord = false;
		for (String line : lines) {
			int end = line.length();
			int at = 0;
			boolean firstToken = true;
			while (at < end) {
				int start = skipSpace(line, at);
				at = skipWord(line, start);
				boolean broken = line.charAt(at - 1) == '-' && skipSpace(line, at) == end;
				// nor is the rest of a broken word at the start of the next line
				if (start < at && !broken && !(firstToken && continuesWord)) {
					learn(strip(line.substring(start, at)));
				}
				firstToken = false;
				at = skipSpace(line, at);
			}
			if (!line.isEmpty()) {
				continuesWord = endsWithBrokenWord(line);
			}
		}
	}

	private void learn(String token) {
		if (token.isEmpty()) {
			return;
		}
		String word = token.toLowerCase(Locale.ROOT);
		words.add(word);
		// "Noord-Korea" says nothing about how "Noord-" joins a lower-case word; "defensie-uitgaven" does
		int hyphen = token.indexOf('-');
		if (hyphen > 0 && hyphen < token.length() - 1 && Character.isLowerCase(token.charAt(hyphen + 1))) {
			hyphenPrefixes.add(word.substring(0, hyphen + 1));
		}
		int lastHyphen = word.lastIndexOf('-');
		if (lastHyphen > 0 && lastHyphen < word.length() - 1 && Character.isLowerCase(token.charAt(lastHyphen + 1))) {
			hyphenSuffixes.add(word.substring(lastHyphen + 1));
		}

	}

	private static int skipSpace(String text, int from) {
		int at = from;
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	private static int skipWord(String text, int from) {
		int at = from;
		while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	/**
	 * The line with the writer's hyphens back that an extraction dropped where it joined a word
	 * broken at one (plain pdftotext: "COVID-19crisis", "IndoPacifische", "DuitsNederlandse"): Dutch
	 * writes no capital after a lower-case letter inside a word, and no word straight after a
	 * number inside a compound.
	 */
	public static String withLostHyphens(String line) {
		return NUMBER_WORD.matcher(CAPITAL_INSIDE.matcher(line).replaceAll("-")).replaceAll("-"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The two lines as one: a space between them, or no space where a word was broken. */
	public String join(String left, String right) {
		if (left.isEmpty()) {
			return right;
		}
		if (right.isEmpty()) {
			return left;
		}
		if (left.charAt(left.length() - 1) == SOFT_HYPHEN) {
			return left.substring(0, left.length() - 1) + right;
		}
		if (typesetterHyphenates && breaksAfterDash(left, right)) {
			return left + right;
		}
		if (typesetterHyphenates && spacedBreak(left, right)) {
			return left.substring(0, left.length() - 2) + right;
		}
		if (!endsWithBrokenWord(left)) {
			return left + ' ' + right;
		}
		String before = strip(lastToken(left));
		before = before.substring(0, before.length() - 1);
		String firstToken = WHITESPACE.split(right, 2)[0];
		if (writerHyphensOnly) {
			// "lucht-" + "en landmacht" is a suspended compound, "luitenant-" + "admiraal" one word
			return CONJUNCTIONS.contains(firstToken) ? left + ' ' + right : left + right;
		}
		String after = strip(firstToken);
		if (typesetterHyphenates && !before.isEmpty() && !after.isEmpty()) {
			String part = lastPart(before);
			// "PES-" + "CO-landen" is the PESCO the letter writes elsewhere, in a compound of its own
			int hyphen = after.indexOf('-');
			String head = hyphen > 0 ? after.substring(0, hyphen) : after;
			if (words.contains((part + after).toLowerCase(Locale.ROOT)) || words.contains((part + head).toLowerCase(Locale.ROOT))) {
				return left.substring(0, left.length() - 1) + right;
			}
			if (CONJUNCTIONS.contains(firstToken)) {
				return left + ' ' + right;
			}
			return keepsTypesetHyphen(part, after, firstToken) ? left + right : left.substring(0, left.length() - 1) + right;
		}
		// "zo-" + "als" is "zoals", not a suspended compound: a word the letter spells whole is that word
		if (CONJUNCTIONS.contains(firstToken) && !words.contains((before + after).toLowerCase(Locale.ROOT))) {
			return left + ' ' + right;
		}
		if (keepsHyphen(before, after, firstToken)) {
			return left + right;
		}
		return left.substring(0, left.length() - 1) + right;
	}

	/**
	 * A typesetter breaks a line after a dash inside a token as well: a range ("2019\u2013" +
	 * "2021") or a compound after a bracket ("(FOL)-" + "verdrag").
	 */
	private static boolean breaksAfterDash(String left, String right) {
		int length = left.length();
		if (length < 2 || !Character.isLetterOrDigit(right.charAt(0))) {
			return false;
		}
		char dash = left.charAt(length - 1);
		char before = left.charAt(length - 2);
		return dash == '\u2013' && Character.isDigit(before) && Character.isDigit(right.charAt(0)) || dash == '-' && before == ')';
	}

	/**
	 * A justified text extraction may set the typesetter's hyphen apart from the broken word
	 * ("Irak wor -" + "den verlegd"): a word the letter spells whole is that word, where a dash
	 * between words stays one.
	 */
	private boolean spacedBreak(String left, String right) {
		int length = left.length();
		if (length < 3 || left.charAt(length - 1) != '-' || left.charAt(length - 2) != ' ' || !Character.isLetter(left.charAt(length - 3))) {
			return false;
		}
		String before = strip(lastToken(left.substring(0, length - 2)));
		String after = strip(WHITESPACE.split(right, 2)[0]);
		return !before.isEmpty() && !after.isEmpty() && Character.isLowerCase(after.charAt(0))
				&& words.contains((before + after).toLowerCase(Locale.ROOT));
	}

	/** A line ending in a hyphen after a word or an abbreviation in brackets ("(FOL)-" + "verdrag"). */
	private static boolean endsWithBrokenWord(String line) {
		int length = line.length();
		return length >= 2 && line.charAt(length - 1) == '-' && (Character.isLetterOrDigit(line.charAt(length - 2)) || line.charAt(length - 2) == ')');
	}

	private boolean keepsHyphen(String before, String after, String firstToken) {
		if (before.isEmpty() || after.isEmpty() || !Character.isLetter(firstToken.charAt(0))) {
			return true;
		}
		String joined = (before + after).toLowerCase(Locale.ROOT);
		// the letter's own spelling first: "PES-" + "CO" is the PESCO it writes elsewhere
		if (words.contains(joined) && !Character.isUpperCase(after.charAt(0))) {
			return false;
		}
		char last = before.charAt(before.length() - 1);
		if (Character.isUpperCase(after.charAt(0)) || Character.isUpperCase(last) || Character.isDigit(last) || last == ')') {
			return true;
		}
		String hyphenated = (before + '-' + after).toLowerCase(Locale.ROOT);
		String prefix = before.toLowerCase(Locale.ROOT);
		if (words.contains(hyphenated) || hyphenPrefixes.contains(prefix + '-')) {
			return true;
		}
		if (COMPASS_POINTS.contains(prefix)) {
			return false;
		}
		// a name and a noun ("Tornado-" + "jachtvliegtuigen", "Duits-" + ...): the name is a word of its own or
		// the noun a whole one; a name broken between syllables leaves neither ("Ita-" + "lië", "Moun-" + "tain")
		if (Character.isUpperCase(before.charAt(0))) {
			return words.contains(prefix) || after.length() >= WHOLE_NOUN;
		}
		// vowels meet in a compound of two words ("defensie-uitgaven"), not inside a word broken between syllables ("materi-eel")
		return isVowel(last) && isVowel(after.charAt(0)) && (words.contains(prefix) || words.contains(after.toLowerCase(Locale.ROOT)));
	}

	/** In a letter whose typesetter hyphenates: the writer's hyphens that show by their spelling alone. */
	private boolean keepsTypesetHyphen(String before, String after, String firstToken) {
		if (before.isEmpty() || !Character.isLetter(firstToken.charAt(0))) {
			return true;
		}
		char last = before.charAt(before.length() - 1);
		if (Character.isUpperCase(last) || Character.isDigit(last) || Character.isUpperCase(after.charAt(0))
				|| words.contains((before + '-' + after).toLowerCase(Locale.ROOT))) {
			return true;
		}
		// a vowel collision the letter writes with this hyphen elsewhere ("defensie-uitgaven")
		if (isVowel(last) && isVowel(after.charAt(0)) && hyphenPrefixes.contains(before.toLowerCase(Locale.ROOT) + '-')) {
			return true;
		}
		String first = before.toLowerCase(Locale.ROOT);
		String second = after.toLowerCase(Locale.ROOT);
		if (before.length() < MIN_PART || second.length() < MIN_PART || !(words.contains(second) || hyphenSuffixes.contains(second))) {
			return false;
		}
		// a name and a word of the letter ("Wales-afspraken", "Peacekeeping-agenda"), or a word the
		// letter uses alone but never closes a compound with ("space-samenwerking", where it writes
		// "defensiesamenwerking" and "defensiebudget"); a typesetter's break inside a word leaves a
		// syllable before or after it ("Ier-land", "Briga-de")
		return Character.isUpperCase(before.charAt(0)) || words.contains(first) && !closesCompounds(first);
	}

	/** Whether the letter writes a word that starts with this one and goes on without a hyphen. */
	private boolean closesCompounds(String word) {
		String next = words.ceiling(word + 'a');
		return next != null && next.startsWith(word) && next.length() > word.length() + 1;
	}

	private static boolean isVowel(char c) {
		return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
	}

	/** The last word of a text, which may be a whole paragraph so far: it is looked for from the end. */
	private static String lastToken(String text) {
		int end = text.length();
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		return text.substring(start, end);
	}

	/** The token without the brackets, quotes and punctuation around it; hyphens stay. */
	private static String strip(String token) {
		int from = 0;
		int to = token.length();
		while (from < to && isOpening(token.charAt(from))) {
			from++;
		}
		while (to > from && isClosing(token.charAt(to - 1))) {
			to--;
		}
		return token.substring(from, to);
	}

	private static boolean isOpening(char c) {
		int type = Character.getType(c);
		return type == Character.START_PUNCTUATION || isQuote(c, type);
	}

	private static boolean isClosing(char c) {
		int type = Character.getType(c);
		return type == Character.END_PUNCTUATION || isQuote(c, type) || CLOSING_PUNCTUATION.indexOf(c) >= 0;
	}

	private static boolean isQuote(char c, int type) {
		return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION || c == '"' || c == '\'';
	}
}
