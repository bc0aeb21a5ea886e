package yeardiff.compare.internal;

import java.util.ArrayList;
import java.util.List;

import yeardiff.words.DutchWords;

/**
 * The words of a statement that carry its content, as the comparison weighs them: the one Dutch
 * analysis of {@link DutchWords} (lower case, no diacritics, no function words, Dutch stems, so that
 * "de Belgische fregatten" and "het Belgische fregat" share their content), with the comparison's
 * own reading of numbers: years relative to the report, other figures left to the fact comparison.
 */
public final class ContentWords {

	private ContentWords() {
	}

	/**
	 * The content words of a text written in {@code reportYear}. Years are read relative to the
	 * report, so "in 2019" in the 2019 report and "in 2020" in the 2020 report are the same word.
	 */
	public static List<String> of(String text, int reportYear) {
		List<String> words = new ArrayList<>();
		for (String term : DutchWords.terms(text)) {
			if (!isQuantity(term)) {
				words.add(stem(term, reportYear));
				String concept = Vocabulary.concept(term);
				if (concept != null) {
					words.add(concept);
				}
			}
		}
		return words;
	}

	/** Lower case without diacritics: "België" and "Belgie" are one word ({@link DutchWords#fold}). */
	public static String fold(String text) {
		return DutchWords.fold(text);
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
		return DutchWords.stem(word);
	}
}
