package yeardiff.ingest.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph and undoes the hyphenation of justified type ({@code ontmoe-} +
 * {@code tingen} is {@code ontmoetingen}) without undoing real hyphens ({@code Duits-Nederlandse},
 * {@code NAVO-top}, {@code defensie-uitgaven}). Whether a hyphen at a line end is real cannot be
 * seen at the line end, so the joiner asks the letter itself first: a word it spells elsewhere
 * in one piece or with its hyphen decides. Only where the letter is silent do the spelling rules
 * decide: a capital or a conjunction after the hyphen, an abbreviation or a name before it, or two
 * vowels meeting (Dutch writes {@code defensie-uitgaven} to keep them apart) keep the hyphen.
 */
public final class LineJoiner {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+"); //$NON-NLS-1$
	/** Punctuation around a word, hyphens excepted: what a token is stripped of to be a word. */
	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Ps}\\p{Pi}\\p{Pf}\"'«»]+|[\\p{Pe}\\p{Pi}\\p{Pf}\"'«».,;:!?]+$"); //$NON-NLS-1$
	/** A suspended compound: "lucht- en landmacht", "NAVO- of EU-verband". */
	private static final Set<String> CONJUNCTIONS = Set.of("en", "of", "tot", "als", "dan"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String VOWELS = "aeiouyáéíóúàèëïöüâêîôû"; //$NON-NLS-1$
	private static final char SOFT_HYPHEN = '\u00AD';

	private final Set<String> words = new HashSet<>();
	private final Set<String> hyphenPrefixes = new HashSet<>();

	/**
	 * A joiner that knows the words of these lines. A word broken at a line end is not a word of the
	 * letter: only whole tokens inside lines count.
	 */
	public LineJoiner(Iterable<String> lines) {
		for (String line : lines) {
			String[] tokens = WHITESPACE.split(line.strip());
			for (int i = 0; i < tokens.length; i++) {
				String word = strip(tokens[i]).toLowerCase(Locale.ROOT);
				if (word.isEmpty() || (i == tokens.length - 1 && tokens[i].endsWith("-"))) { //$NON-NLS-1$
					continue;
				}
				words.add(word);
				int hyphen = word.indexOf('-');
				if (hyphen > 0 && hyphen < word.length() - 1) {
					hyphenPrefixes.add(word.substring(0, hyphen + 1));
				}
			}
		}
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
		if (!endsWithBrokenWord(left)) {
			return left + ' ' + right;
		}
		String before = strip(lastToken(left));
		before = before.substring(0, before.length() - 1);
		String firstToken = WHITESPACE.split(right, 2)[0];
		String after = strip(firstToken);
		if (CONJUNCTIONS.contains(firstToken)) {
			return left + ' ' + right;
		}
		if (keepsHyphen(before, after, firstToken)) {
			return left + right;
		}
		return left.substring(0, left.length() - 1) + right;
	}

	private static boolean endsWithBrokenWord(String line) {
		int length = line.length();
		return length >= 2 && line.charAt(length - 1) == '-' && Character.isLetterOrDigit(line.charAt(length - 2));
	}

	private boolean keepsHyphen(String before, String after, String firstToken) {
		if (before.isEmpty() || after.isEmpty() || !Character.isLetter(firstToken.charAt(0)) || Character.isUpperCase(after.charAt(0))) {
			return true;
		}
		char last = before.charAt(before.length() - 1);
		if (Character.isUpperCase(last) || Character.isDigit(last)) {
			return true;
		}
		String joined = (before + after).toLowerCase(Locale.ROOT);
		String hyphenated = (before + '-' + after).toLowerCase(Locale.ROOT);
		if (words.contains(joined)) {
			return false;
		}
		if (words.contains(hyphenated) || hyphenPrefixes.contains(before.toLowerCase(Locale.ROOT) + '-')) {
			return true;
		}
		if (Character.isUpperCase(before.charAt(0))) {
			return true;
		}
		return isVowel(last) && isVowel(after.charAt(0));
	}

	private static boolean isVowel(char c) {
		return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
	}

	private static String lastToken(String line) {
		String[] tokens = WHITESPACE.split(line.strip());
		return tokens[tokens.length - 1];
	}

	private static String strip(String token) {
		return EDGE_PUNCTUATION.matcher(token).replaceAll(""); //$NON-NLS-1$
	}
}
