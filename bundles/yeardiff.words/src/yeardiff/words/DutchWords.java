package yeardiff.words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
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
 * <li>{@link #compoundParts(String, Predicate)}: the parts of a Dutch compound that are words of a
 * given vocabulary — "helikoptervliegeropleiding" is {@code helikopter, vlieger, opleid} to a
 * vocabulary that has those words, "bondgenootschap" is {@code bondgenot}.</li>
 * <li>{@link DutchWordAnalyzer}: the same analysis as a Lucene {@code Analyzer} for an index.</li>
 * </ul>
 */
public final class DutchWords {

	/**
	 * Stems already made: comparing a repository stems the same few thousand words tens of
	 * thousands of times. Bounded, since a workbench runs for days on any text it is given.
	 */
	private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
	private static final int STEMS_KEPT = 100_000;

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
		String stem = STEMS.get(term);
		if (stem == null) {
			DutchStemmer stemmer = new DutchStemmer();
			stemmer.setCurrent(term);
			stemmer.stem();
			stem = stemmer.getCurrent();
			if (STEMS.size() >= STEMS_KEPT) {
				STEMS.clear();
			}
			STEMS.put(term, stem);
		}
		return stem;
	}

	/** The stems of the words of {@code text}, in order: {@link #terms(String)}, each {@linkplain #stem stemmed}. */
	public static List<String> stems(String text) {
		List<String> terms = terms(text);
		terms.replaceAll(DutchWords::stem);
		return terms;
	}

	/** The shortest part of a compound taken as a word of its own: shorter ones are mostly affixes. */
	private static final int SHORTEST_PART = 4;
	/**
	 * The sounds Dutch puts between the parts of a compound ("mijnenbestrijding-s-capaciteit",
	 * "oorlog-s-voering", "helden-moed"), tried longest first.
	 */
	private static final List<String> LINKS = List.of("en", "s", "e", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/**
	 * Endings that make a noun of a noun or adjective without changing its subject
	 * ("bondgenootschap", "gereedheid"): the word before them is the subject.
	 */
	private static final List<String> DERIVATIONS = List.of("schap", "heid", "schapp", "hed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * The parts of a compound, as words of {@code vocabulary}: the stem {@code term} (as
	 * {@link #stem(String)} gives it) cut where the part before it, less a linking sound, and the
	 * part after it are both known words, or are compounds of known words themselves; a noun made
	 * with "-schap" or "-heid" gives the word it is made of. Empty when {@code term} is no compound
	 * of the vocabulary's words. Dutch writes compounds as one word, so without this
	 * "helikoptervliegeropleiding" and "opleidingen voor helikoptervliegers" share nothing. The
	 * vocabulary decides what a word is (the caller's texts), not a fixed list.
	 */
	public static List<String> compoundParts(String term, Predicate<String> vocabulary) {
		List<String> parts = new ArrayList<>();
		split(term, vocabulary, parts, true);
		return parts;
	}

	private static boolean split(String term, Predicate<String> vocabulary, List<String> parts, boolean whole) {
		String known = whole ? null : known(term, vocabulary);
		if (known != null) {
			parts.add(known);
			return true;
		}
		for (String ending : DERIVATIONS) {
			if (term.endsWith(ending) && term.length() - ending.length() >= SHORTEST_PART + 1) {
				String base = known(term.substring(0, term.length() - ending.length()), vocabulary);
				if (base != null) {
					parts.add(base);
					return true;
				}
			}
		}
		// The head of a Dutch compound is its last part; the longest known head that leaves a known
		// modifier wins, so "vliegeropleiding" is "vlieger" + "opleiding", not "vliegero" + "pleiding".
		for (int cut = SHORTEST_PART; cut <= term.length() - SHORTEST_PART; cut++) {
			String head = known(term.substring(cut), vocabulary);
			if (head == null) {
				continue;
			}
			String before = term.substring(0, cut);
			for (String link : LINKS) {
				if (!before.endsWith(link) || before.length() - link.length() < SHORTEST_PART) {
					continue;
				}
				List<String> modifierParts = new ArrayList<>();
				if (split(before.substring(0, before.length() - link.length()), vocabulary, modifierParts, false)) {
					parts.addAll(modifierParts);
					parts.add(head);
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The vocabulary's form of a piece of a word, or null: the piece itself, its stem (inside a
	 * compound a part keeps the ending its stem drops: "bestrijding" in
	 * "mijnenbestrijdingscapaciteit"), or the piece with the long vowel of its last syllable written
	 * single, as Dutch writes it before an ending ("bondgenoot", "bondgenoten").
	 */
	private static String known(String piece, Predicate<String> vocabulary) {
		if (piece.length() < SHORTEST_PART) {
			return null;
		}
		if (vocabulary.test(piece)) {
			return piece;
		}
		String stem = stem(piece);
		if (vocabulary.test(stem)) {
			return stem;
		}
		int last = piece.length() - 1;
		if (last >= 3 && !isVowel(piece.charAt(last)) && isVowel(piece.charAt(last - 1)) && piece.charAt(last - 1) == piece.charAt(last - 2)) {
			String single = piece.substring(0, last - 1) + piece.charAt(last);
			if (vocabulary.test(single)) {
				return single;
			}
		}
		return null;
	}

	/** The shortest beginning of a word read as a modifier the vocabulary writes only in compounds. */
	private static final int SHORTEST_MODIFIER = 5;

	/**
	 * The modifiers of compounds, also those the vocabulary writes only inside compounds, as their
	 * stems: "drugs" in "drugsbestrijding", "drugssmokkel" and "drugsvangst" is {@code drug}. A beginning
	 * of a word counts when a word of the vocabulary as it stands completes it ("bestrijd") and it begins at
	 * least two words of {@code words}: one compound alone might be cut anywhere, the repeated
	 * beginning is a word the texts build on. With {@link #leadingModifier} two compounds that share
	 * only their modifier ("drugssmokkel", "drugsvangst") share a part.
	 *
	 * @return each modifier as written at the start of the compounds, with its stem
	 */
	public static Map<String, String> boundModifiers(Collection<String> words, Predicate<String> vocabulary) {
		java.util.NavigableSet<String> sorted = new java.util.TreeSet<>(words);
		Map<String, String> modifiers = new java.util.HashMap<>();
		for (String word : sorted) {
			for (int cut = SHORTEST_MODIFIER; cut <= word.length() - SHORTEST_PART; cut++) {
				// The head as the vocabulary holds it (a stem, as the vocabulary's compounds end in one):
				// a set lookup, since every cut of every word is tried when a comparator is made.
				if (!vocabulary.test(word.substring(cut))) {
					continue;
				}
				String modifier = word.substring(0, cut);
				if (modifiers.containsKey(modifier)) {
					continue;
				}
				int begun = 0;
				for (String other : sorted.subSet(modifier, true, modifier + Character.MAX_VALUE, false)) {
					if (other.length() - cut >= SHORTEST_PART && ++begun >= 2) {
						break;
					}
				}
				if (begun >= 2) {
					String own = known(modifier, vocabulary);
					modifiers.put(modifier, own != null ? own : stem(modifier));
				}
			}
		}
		return modifiers;
	}

	/**
	 * The longest of {@code modifiers} ({@link #boundModifiers}) that {@code term} begins with and
	 * that leaves a head of a word's length, or null.
	 */
	public static String leadingModifier(String term, Map<String, String> modifiers) {
		for (int cut = term.length() - SHORTEST_PART; cut >= SHORTEST_MODIFIER; cut--) {
			String modifier = modifiers.get(term.substring(0, cut));
			if (modifier != null) {
				return modifier;
			}
		}
		return null;
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0; //$NON-NLS-1$
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
