package yeardiff.compare.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import yeardiff.words.DutchWords;

/**
 * Inverse document frequency of content words and names over statements: "defensie" is everywhere
 * and says little, "Skjold" is rare and says a lot. Measured over all reports of the repository
 * when the comparison knows them ({@link #of(Collection)}), else over the two reports compared.
 */
public final class WordWeights {

	private final Map<String, Double> weights = new HashMap<>();
	private final double unseen;
	/** The parts of the compounds among the words, as words of the same texts ({@link DutchWords#compoundParts}). */
	private final Map<String, List<String>> parts = new HashMap<>();

	public WordWeights(Collection<StatementProfile> profiles) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		Map<String, Integer> modifierFrequency = new HashMap<>();
		for (StatementProfile profile : profiles) {
			for (String word : profile.subjectTerms()) {
				documentFrequency.merge(word, Integer.valueOf(1), Integer::sum);
			}
		}
		int documents = Math.max(1, profiles.size());
		documentFrequency.forEach((word, frequency) -> weights.put(word,
				Double.valueOf(Math.log(1.0 + documents / (double) frequency.intValue()))));
		unseen = Math.log(1.0 + documents);
		java.util.Set<String> vocabulary = new HashSet<>();
		for (String word : documentFrequency.keySet()) {
			if (plainWord(word)) {
				vocabulary.add(word);
			}
		}
		Map<String, List<String>> found = new HashMap<>();
		Map<String, String> modifiers = DutchWords.boundModifiers(vocabulary, vocabulary::contains);
		for (String word : vocabulary) {
			List<String> wordParts = DutchWords.compoundParts(word, vocabulary::contains);
			if (wordParts.isEmpty()) {
				// A compound whose head the texts never write alone ("drugsvangst") still shares its
				// modifier with the texts' other compounds ("drugssmokkel").
				String modifier = DutchWords.leadingModifier(word, modifiers);
				if (modifier != null) {
					wordParts = List.of(modifier);
					modifierFrequency.merge(modifier, documentFrequency.get(word), Integer::sum);
				}
			}
			if (!wordParts.isEmpty()) {
				found.put(word, wordParts);
			}
		}
		// A modifier the texts write only in compounds is as rare as the compounds it begins together.
		modifierFrequency.forEach((modifier, frequency) -> weights.putIfAbsent(modifier,
				Double.valueOf(Math.log(1.0 + documents / (double) Math.min(documents, frequency.intValue())))));
		// A part that is a compound of its own counts with its parts: "helikoptervliegeropleiding"
		// is "helikopter" and "vliegeropleiding", which is "vlieger" and "opleiding" — and
		// "opleidingen voor helikoptervliegers" shares all three.
		found.forEach((word, wordParts) -> {
			java.util.Set<String> all = new java.util.LinkedHashSet<>(wordParts);
			for (String part : wordParts) {
				all.addAll(found.getOrDefault(part, List.of()));
			}
			parts.put(word, List.copyOf(all));
		});
	}

	/** A content word of letters only: not a name, concept, fact shape or year. */
	private static boolean plainWord(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isLetter(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The parts of {@code word} when it is a compound of other words of the texts, else none. */
	List<String> parts(String word) {
		return parts.getOrDefault(word, List.of());
	}

	/** The weights of the words over every statement of {@code reports}: the rarity across the repository. */
	public static WordWeights of(Collection<yeardiff.model.api.Report> reports) {
		java.util.List<StatementProfile> profiles = new java.util.ArrayList<>();
		for (yeardiff.model.api.Report report : reports) {
			for (org.eclipse.emf.common.util.TreeIterator<org.eclipse.emf.ecore.EObject> contents = report.eAllContents(); contents
					.hasNext();) {
				if (contents.next() instanceof yeardiff.model.api.Statement statement) {
					profiles.add(new StatementProfile(statement, report.getYear()));
				}
			}
		}
		return new WordWeights(profiles);
	}

	/** Whether some statement of the texts weighed holds {@code term}. */
	boolean written(String term) {
		return weights.containsKey(term);
	}

	double weight(String word) {
		Double weight = weights.get(word);
		return weight == null ? unseen : weight.doubleValue();
	}
}
