package yeardiff.words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The one analysis of the letters' Dutch words, used by the comparison (which statements say the
 * same), the audit (what a statement is about) and search (what a query finds). Plain Java over
 * Lucene's analysis; every method is thread-safe.
 *
 * <ul>
 * <li>{@link #fold(String)}: lower case without diacritics — "België" and "belgie" are one word.</li>
 * <li>{@link #terms(String)}: the words of a text in order, split at Unicode word breaks, folded,
 * stop words left out, not stemmed — "De Belgische fregatten" gives {@code belgische, fregatten}.
 * Numbers stay ({@code 2019}, {@code 4,9}): what they mean is the caller's business.</li>
 * <li>{@link #stem(String)} and {@link #stems(String)}: Snowball's Dutch stemmer (the one Lucene's
 * {@link DutchAnalyzer} uses) over folded terms — "fregatten" and "fregat" give {@code fregat}.</li>
 * <li>{@link #isStopWord(String)}: Dutch function words (Lucene's Dutch stop list, the letters' own
 * connectives such as "daarnaast", "tevens", "waarbij", and the hedges of a figure: "ongeveer",
 * "circa", "ruim", "bijna") and English function words, since the letters quote English names
 * ("Partnership for Peace", "Defence Research and Development").</li>
 * <li>{@link DutchWordAnalyzer}: the same analysis as a Lucene {@code Analyzer} for an index.</li>
 * </ul>
 */
public final class DutchWords {

	/**
	 * Function words of the letters that Lucene's Dutch list lacks: connectives and hedges carry no
	 * content, and two statements sharing "daarnaast" or "ongeveer" are no more alike for it.
	 */
	private static final List<String> LETTER_FUNCTION_WORDS = List.of("daarbij", "daarnaast", "tevens", "verder", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"wel", "waar", "waarin", "waarbij", "werden", "moeten", "willen", "binnen", "tussen", "sinds", "vanaf", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"per", "wanneer", "hierbij", "hierin", "daarmee", "welke", "mede", "we", "wij", "zullen", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"ongeveer", "circa", "ca", "bijna", "ruim", "zo'n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$

	/** Every stop word, folded (after {@link #MARKS}, which folding needs). */
	static final CharArraySet STOP_WORDS = stopWords();
	private static final Analyzer TERMS = new DutchWordAnalyzer(false);

	private DutchWords() {
	}

	/** Lower case without diacritics: "België" and "Belgie" are one word. */
	public static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/** The words of {@code text} in order: folded, stop words out, not stemmed; numbers kept. */
	public static List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = TERMS.tokenStream("", text)) { //$NON-NLS-1$
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		} catch (IOException e) {
			// Lucene reads the text from a string reader, which does not fail.
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	/**
	 * The Dutch stem of one term as {@link #terms(String)} gives it (folded, lower case); a number
	 * stays as it is.
	 */
	public static String stem(String term) {
		DutchStemmer stemmer = new DutchStemmer();
		stemmer.setCurrent(term);
		stemmer.stem();
		return stemmer.getCurrent();
	}

	/** The stems of the words of {@code text}, in order: {@link #terms(String)}, each {@linkplain #stem stemmed}. */
	public static List<String> stems(String text) {
		List<String> terms = terms(text);
		terms.replaceAll(DutchWords::stem);
		return terms;
	}

	/** Whether {@code word} (any case, with or without diacritics) is a Dutch or English function word. */
	public static boolean isStopWord(String word) {
		return STOP_WORDS.contains(fold(word));
	}

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(200, false);
		for (CharArraySet list : List.of(DutchAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
			for (Object word : list) {
				words.add(fold(word instanceof char[] chars ? new String(chars) : word.toString()));
			}
		}
		LETTER_FUNCTION_WORDS.forEach(word -> words.add(fold(word)));
		return CharArraySet.unmodifiableSet(words);
	}
}
