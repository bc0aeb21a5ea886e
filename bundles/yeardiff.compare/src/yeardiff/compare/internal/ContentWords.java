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

	private static final Pattern WORD = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*|\\p{L}+"); //$NON-NLS-1$
	/** Dutch glues compounds together; six letters keep "defensiebudget" and "defensie-uitgaven" related. */
	private static final int STEM_LENGTH = 6;
	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Set<String> FUNCTION_WORDS = Set.of("de", "het", "een", "en", "van", "in", "op", "te", "voor", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"met", "aan", "is", "zijn", "dat", "die", "ook", "om", "bij", "als", "door", "naar", "tot", "wordt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"worden", "werd", "werden", "heeft", "hebben", "had", "er", "niet", "dit", "deze", "zal", "zullen", "nog", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"over", "uit", "of", "maar", "ik", "u", "we", "wij", "zij", "ze", "hij", "haar", "hun", "zich", "daarbij", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"daarnaast", "tevens", "verder", "al", "reeds", "zo", "wel", "dan", "waar", "waarin", "waarbij", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"kan", "kunnen", "moet", "moeten", "wil", "willen", "binnen", "onder", "tussen", "tegen", "sinds", "vanaf", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"na", "per", "dus", "want", "omdat", "wanneer", "hierbij", "hierin", "daarmee", "welke", "wat", "wie", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"meer", "andere", "mede", "the", "and", "ongeveer", "circa", "ca", "bijna", "ruim", "zo'n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	private ContentWords() {
	}

	/**
	 * The content words of a text written in {@code reportYear}. Years are read relative to the
	 * report, so "in 2019" in the 2019 report and "in 2020" in the 2020 report are the same word.
	 */
	public static List<String> of(String text, int reportYear) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(fold(text));
		while (matcher.find()) {
			String word = matcher.group();
			if (!FUNCTION_WORDS.contains(word) && !isQuantity(word)) {
				words.add(stem(word, reportYear));
				String concept = Vocabulary.concept(word);
				if (concept != null) {
					words.add(concept);
				}
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

	/**
	 * Numbers other than years are left to the fact comparison: "4,9" and "4,76" are the same
	 * budget in two years, and as words they would only make the statements look unlike.
	 */
	private static boolean isQuantity(String word) {
		if (!Character.isDigit(word.charAt(0))) {
			return false;
		}
		if (word.length() == 4 && word.chars().allMatch(Character::isDigit)) {
			int year = Integer.parseInt(word);
			return year < 1900 || year > 2100;
		}
		return true;
	}

	private static String stem(String word, int reportYear) {
		if (Character.isDigit(word.charAt(0))) {
			if (reportYear > 0 && word.length() == 4 && word.chars().allMatch(Character::isDigit)) {
				int year = Integer.parseInt(word);
				int offset = year - reportYear;
				if (Math.abs(offset) <= 1) {
					return "year" + (offset == 0 ? "" : offset > 0 ? "+1" : "-1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
			}
			return word;
		}
		return word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word;
	}
}
