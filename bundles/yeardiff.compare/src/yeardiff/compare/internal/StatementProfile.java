package yeardiff.compare.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import yeardiff.extract.FactMeasures;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Measure;
import yeardiff.model.api.MeasureKind;
import yeardiff.model.api.Statement;
import yeardiff.compare.FactValue;

/**
 * A statement prepared for comparison: its content words with their counts, and its facts as
 * values. Built once per statement, compared many times.
 */
public final class StatementProfile {

	/** How much equal facts count beside the words. */
	private static final double FACT_SHARE = 0.15;

	private final Statement statement;
	private final Map<String, Integer> words = new HashMap<>();
	/** The distinct content words and names: what carries the statement's subject. */
	private final java.util.Set<String> subjectTerms = new java.util.HashSet<>();
	private final List<String> factKeys;
	/** The measures of the statement's facts with their values' neighbourhoods ({@link #measureTerms}). */
	private final java.util.Set<String> measures = new java.util.HashSet<>();
	private double weight = -1;
	private final boolean fragment;
	private double subjectNorm = -1;
	/** The subject terms with their compounds' parts, for the weights they were made with. */
	private java.util.Set<String> parts;
	private WordWeights partsFor;
	/** The acronyms the statement's names would spell ({@link Names#initials}), known or not. */
	private final List<String> initials;
	/** How much a part of a compound counts beside a whole word. */
	private static final double PART_SHARE = 0.5;

	public StatementProfile(Statement statement, int reportYear) {
		this.statement = statement;
		this.fragment = isFragment(statement.getText());
		for (String word : ContentWords.of(statement.getText(), reportYear)) {
			words.merge(word, Integer.valueOf(1), Integer::sum);
		}
		// Names count for the subject, not for the likeness of all words, which tells how much of
		// one statement the other covers.
		subjectTerms.addAll(words.keySet());
		subjectTerms.addAll(Names.of(statement.getText()));
		initials = Names.initials(statement.getText());
		factKeys = statement.getFacts().stream().map(StatementProfile::factKey).toList();
		for (Fact fact : statement.getFacts()) {
			// The shape of the facts: "an amount in euro billions" is content of its own.
			words.merge(shape(fact), Integer.valueOf(1), Integer::sum);
			measures.addAll(measureTerms(fact));
		}
	}

	/**
	 * Whether the two statements give one measure nearby values (see {@link #measureTerms}), and
	 * are not figures of different partners.
	 */
	public boolean sharesNearbyMeasure(StatementProfile other) {
		if (measures.isEmpty() || other.measures.isEmpty() || contradicts(other)) {
			return false;
		}
		for (String measure : measures) {
			if (measure.indexOf('~') > 0 && other.measures.contains(measure)) {
				return true;
			}
		}
		return false;
	}

	/** How far apart two values of one measure may be and still be "nearby" (a factor). */
	private static final double NEARBY = 1.3;
	/** How many years apart two delivery years or mandate ends may be and still be "nearby". */
	private static final int NEARBY_YEARS = 2;

	/**
	 * What a fact measures, as subject terms: the measure (a budget, a share of GDP, the personnel
	 * of a mission, the delivery year of a programme: {@link FactMeasures#name}) in its unit, and
	 * the measure with the value's neighbourhood. Two statements that give the same measure a
	 * nearby value speak of the same subject however they are worded ("De Belgische
	 * defensie-uitgaven bedragen €4,9 miljard" and "In 2020 bedroeg het Belgisch defensiebudget
	 * ongeveer €4,76 miljard"). Statements about different partners' figures never pair (see
	 * {@link #contradicts}).
	 */
	private static List<String> measureTerms(Fact fact) {
		if (!FactMeasures.isMeasure(fact)) {
			return List.of();
		}
		Measure measure = FactMeasures.of(fact);
		FactValue value = FactValue.of(fact);
		String name = "%" + ContentWords.fold(FactMeasures.name(measure)) + ':' + value.unit(); //$NON-NLS-1$
		double magnitude = Math.abs(value.value());
		if (magnitude == 0) {
			return List.of(name);
		}
		// The neighbourhood as two overlapping buckets: values in a shared bucket are at most one
		// bucket apart.
		long bucket = measure.getKind() == MeasureKind.DELIVERY_YEAR || measure.getKind() == MeasureKind.MANDATE_END
				? Math.round(Math.floor(magnitude / NEARBY_YEARS))
				: Math.round(Math.floor(Math.log(magnitude) / Math.log(NEARBY)));
		return List.of(name, name + '~' + bucket, name + '~' + (bucket + 1));
	}

	/**
	 * Two figures about different partners ("het Belgisch defensiebudget", "het Duitse
	 * defensiebudget"), or with amounts in different currencies only, are never one statement
	 * however alike their words: the letters write every partner's budget the same way. Other
	 * statements may name other partners and still be one subject ("de Noren hebben besloten dat de
	 * wintertrainingen van de Amerikanen ..." and "trainen de Amerikaanse, Britse en Nederlandse
	 * mariniers"): only figures are written to one pattern.
	 */
	private boolean contradicts(StatementProfile other) {
		return disjoint(currencies(), other.currencies())
				|| (statesQuantity() && other.statesQuantity() && disjoint(markers('@'), other.markers('@')));
	}

	private boolean statesQuantity() {
		for (String word : words.keySet()) {
			if (word.startsWith("#amount:") || word.startsWith("#share:")) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	private java.util.Set<String> markers(char prefix) {
		java.util.Set<String> markers = new java.util.HashSet<>();
		for (String word : words.keySet()) {
			if (word.charAt(0) == prefix && Vocabulary.isPartner(word)) {
				markers.add(word);
			}
		}
		return markers;
	}

	private java.util.Set<String> currencies() {
		java.util.Set<String> currencies = new java.util.HashSet<>();
		for (String word : words.keySet()) {
			if (word.startsWith("#amount:")) { //$NON-NLS-1$
				currencies.add(word.substring("#amount:".length(), word.lastIndexOf(':'))); //$NON-NLS-1$
			}
		}
		return currencies;
	}

	private static boolean disjoint(java.util.Set<String> a, java.util.Set<String> b) {
		return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
	}

	/**
	 * Whether both statements state an amount or a share of the same kind, unit and order of
	 * magnitude: two budget statements of different years often share few words but always this.
	 */
	public boolean sharesQuantity(StatementProfile other) {
		for (String word : words.keySet()) {
			if ((word.startsWith("#amount:") || word.startsWith("#share:")) && other.words.containsKey(word)) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	private static String shape(Fact fact) {
		FactValue value = FactValue.of(fact);
		double magnitude = Math.abs(value.value());
		int order = magnitude < 1 ? 0 : (int) Math.floor(Math.log10(magnitude) / 3);
		return "#" + yeardiff.extract.FactValues.kind(fact) + ':' + value.unit() + ':' + order; //$NON-NLS-1$
	}

	/** The profile of several statements read as one: a sentence the other report split in two. */
	public StatementProfile(StatementProfile first, StatementProfile second) {
		this.statement = first.statement;
		this.fragment = first.fragment && second.fragment;
		first.words.forEach((word, count) -> words.merge(word, count, Integer::sum));
		second.words.forEach((word, count) -> words.merge(word, count, Integer::sum));
		subjectTerms.addAll(first.subjectTerms);
		subjectTerms.addAll(second.subjectTerms);
		measures.addAll(first.measures);
		measures.addAll(second.measures);
		List<String> spelled = new java.util.ArrayList<>(first.initials);
		spelled.addAll(second.initials);
		initials = spelled;
		List<String> keys = new java.util.ArrayList<>(first.factKeys);
		keys.addAll(second.factKeys);
		factKeys = keys;
	}

	/**
	 * Whether the statement is a piece of a sentence that a missing page cut off: it does not end
	 * like a sentence. Its few words say little, so it pairs only on strong likeness.
	 */
	public boolean fragment() {
		return fragment;
	}

	private static boolean isFragment(String text) {
		String end = text.strip();
		return !end.isEmpty() && ".!?:;»”\")’'".indexOf(end.charAt(end.length() - 1)) < 0; //$NON-NLS-1$
	}

	/**
	 * Whether one statement names, to the month or finer, the time the other's commitment was due:
	 * "zal de functie per juni 2021 bekleden" and "is in juni 2021 begonnen" are one subject, the
	 * promise and its fulfilment. A due year alone says too little: every letter names next year.
	 */
	public boolean meetsDueTime(StatementProfile other) {
		return dueMetBy(statement, other.statement) || dueMetBy(other.statement, statement);
	}

	private static boolean dueMetBy(Statement promise, Statement later) {
		yeardiff.model.api.Commitment commitment = promise.getCommitment();
		if (commitment == null || commitment.getDue() == null) {
			return false;
		}
		yeardiff.model.api.TimeRef due = commitment.getDue();
		if (due.getPrecision() != yeardiff.model.api.TimePrecision.MONTH && due.getPrecision() != yeardiff.model.api.TimePrecision.DATE
				&& due.getPrecision() != yeardiff.model.api.TimePrecision.QUARTER) {
			return false;
		}
		for (Fact fact : later.getFacts()) {
			if (fact instanceof yeardiff.model.api.TimeRef time && time.getYear() == due.getYear()
					&& time.getPrecision() == due.getPrecision() && time.getMonth() == due.getMonth()
					&& time.getQuarter() == due.getQuarter()) {
				return true;
			}
		}
		return false;
	}

	private static String factKey(Fact fact) {
		FactValue value = FactValue.of(fact);
		return value.unit() + ':' + value.value();
	}

	public Statement statement() {
		return statement;
	}

	/**
	 * How much the two statements speak of the same subject: the cosine of their distinct content
	 * words and names, each weighted by the square of its rarity across the repository, so that a
	 * shared programme, ship, mission or acronym outweighs any number of shared common words, and
	 * the length of a rewritten sentence matters little. Zero for statements about different
	 * partners.
	 */
	public double subjectSimilarity(StatementProfile other, WordWeights weights) {
		if (contradicts(other)) {
			return 0;
		}
		double shared = 0;
		java.util.Set<String> smaller = subjectTerms.size() <= other.subjectTerms.size() ? subjectTerms : other.subjectTerms;
		java.util.Set<String> larger = smaller == subjectTerms ? other.subjectTerms : subjectTerms;
		for (String word : smaller) {
			if (larger.contains(word)) {
				double weight = weights.weight(word);
				shared += weight * weight * weight * weight;
			}
		}
		// The parts of compounds where the words themselves differ ("helikoptervliegeropleiding",
		// "opleidingen voor helikoptervliegers"): evidence, at a discount, that never counts against
		// a pair, since the words are what the statements are measured by.
		java.util.Set<String> ownParts = parts(weights);
		java.util.Set<String> theirParts = other.parts(weights);
		for (String part : ownParts.size() <= theirParts.size() ? ownParts : theirParts) {
			if ((ownParts.size() <= theirParts.size() ? theirParts : ownParts).contains(part)
					&& !(subjectTerms.contains(part) && other.subjectTerms.contains(part))) {
				double weight = weights.weight(part);
				shared += PART_SHARE * weight * weight * weight * weight;
			}
		}
		double norm = subjectNorm(weights) * other.subjectNorm(weights);
		return norm == 0 ? 0 : Math.min(1, shared / norm);
	}

	/**
	 * The subject terms, the parts of their compounds ({@link WordWeights#parts(String)}) and the
	 * acronyms their names spell that the repository writes as names ("NATO Command Structure"
	 * and "NCS"), for the weights they were made with.
	 */
	private java.util.Set<String> parts(WordWeights weights) {
		if (parts == null || partsFor != weights) {
			java.util.Set<String> all = new java.util.HashSet<>(subjectTerms);
			for (String term : subjectTerms) {
				all.addAll(weights.parts(term));
			}
			for (String acronym : initials) {
				if (weights.written(acronym)) {
					all.add(acronym);
				}
			}
			parts = all;
			partsFor = weights;
		}
		return parts;
	}

	/**
	 * A likeness of words with the likeness of the facts folded in when both statements state
	 * facts: the same date, amount or count is evidence of the same subject too.
	 */
	private double withFacts(double wordLikeness, StatementProfile other) {
		if (factKeys.isEmpty() || other.factKeys.isEmpty()) {
			return wordLikeness;
		}
		long equalFacts = factKeys.stream().filter(other.factKeys::contains).count();
		double factSimilarity = 2.0 * equalFacts / (factKeys.size() + other.factKeys.size());
		return (1 - FACT_SHARE) * wordLikeness + FACT_SHARE * factSimilarity;
	}

	private double subjectNorm(WordWeights weights) {
		if (subjectNorm < 0) {
			double sum = 0;
			for (String term : subjectTerms) {
				double weight = weights.weight(term);
				sum += weight * weight * weight * weight;
			}
			subjectNorm = Math.sqrt(sum);
		}
		return subjectNorm;
	}

	java.util.Set<String> subjectTerms() {
		return subjectTerms;
	}

	Map<String, Integer> words() {
		return words;
	}

	/**
	 * Weighted Dice similarity of the content words (rare words count more), with a share for
	 * facts of equal value when both statements state facts.
	 */
	public double similarity(StatementProfile other, WordWeights weights) {
		if (contradicts(other)) {
			return 0;
		}
		double shared = 0;
		Map<String, Integer> smaller = words.size() <= other.words.size() ? words : other.words;
		Map<String, Integer> larger = smaller == words ? other.words : words;
		for (Map.Entry<String, Integer> entry : smaller.entrySet()) {
			Integer count = larger.get(entry.getKey());
			if (count != null) {
				shared += weights.weight(entry.getKey()) * Math.min(entry.getValue().intValue(), count.intValue());
			}
		}
		double total = weight(weights) + other.weight(weights);
		double wordSimilarity = total == 0 ? 0 : 2 * shared / total;
		return withFacts(wordSimilarity, other);
	}

	private double weight(WordWeights weights) {
		if (weight < 0) {
			double sum = 0;
			for (Map.Entry<String, Integer> entry : words.entrySet()) {
				sum += weights.weight(entry.getKey()) * entry.getValue().intValue();
			}
			weight = sum;
		}
		return weight;
	}
}
