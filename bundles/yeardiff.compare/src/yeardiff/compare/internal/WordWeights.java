package yeardiff.compare.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * Inverse document frequency of content words over the statements of the two reports compared:
 * "defensie" is everywhere and says little, "Skjold" is rare and says a lot.
 */
public final class WordWeights {

	private final Map<String, Double> weights = new HashMap<>();
	private final double unseen;

	public WordWeights(Collection<StatementProfile> profiles) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (StatementProfile profile : profiles) {
			for (String word : new HashSet<>(profile.words().keySet())) {
				documentFrequency.merge(word, Integer.valueOf(1), Integer::sum);
			}
		}
		int documents = Math.max(1, profiles.size());
		documentFrequency.forEach((word, frequency) -> weights.put(word,
				Double.valueOf(Math.log(1.0 + documents / (double) frequency.intValue()))));
		unseen = Math.log(1.0 + documents);
	}

	double weight(String word) {
		Double weight = weights.get(word);
		return weight == null ? unseen : weight.doubleValue();
	}
}
