package yeardiff.compare.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a statement that carry its content: lower case, without diacritics, without Dutch
 * function words, with plural and inflection endings trimmed, so that "de Belgische fregatten" and
 * "het Belgische fregat" share their content.
 */
public final class ContentWords {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*"); //$NON-NLS-1$
	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Set<String> FUNCTION_WORDS = Set.of("de", "het", "een", "en", "van", "in", "op", "te", "voor", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"met", "aan", "is", "zijn", "dat", "die", "ook", "om", "bij", "als", "door", "naar", "tot", "wordt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"worden", "werd", "werden", "heeft", "hebben", "had", "er", "niet", "dit", "deze", "zal", "zullen", "nog", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"over", "uit", "of", "maar", "ik", "u", "we", "wij", "zij", "ze", "hij", "haar", "hun", "zich", "daarbij", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"daarnaast", "tevens", "verder", "ook", "al", "reeds", "zo", "wel", "dan", "waar", "waarin", "waarbij", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"kan", "kunnen", "moet", "moeten", "wil", "willen", "binnen", "onder", "tussen", "tegen", "sinds", "vanaf", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"na", "per", "dus", "want", "omdat", "wanneer", "hierbij", "hierin", "daarmee", "welke", "wat", "wie", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"meer", "andere", "onder", "mede", "the", "of", "and"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private ContentWords() {
	}

	public static List<String> of(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(fold(text));
		while (matcher.find()) {
			String word = matcher.group();
			if (!FUNCTION_WORDS.contains(word)) {
				words.add(stem(word));
			}
		}
		return words;
	}

	/** Lower case without diacritics: "België" and "Belgie" are one word. */
	public static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/** Text compared for sameness: only white space and the kind of quotes and dashes may differ. */
	public static String sameness(String text) {
		return text.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-').replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String stem(String word) {
		if (Character.isDigit(word.charAt(0))) {
			return word;
		}
		int length = word.length();
		if (length > 6 && word.endsWith("en")) { //$NON-NLS-1$
			return word.substring(0, length - 2);
		}
		if (length > 5 && (word.endsWith("s") || word.endsWith("e"))) { //$NON-NLS-1$ //$NON-NLS-2$
			return word.substring(0, length - 1);
		}
		return word;
	}
}
