package yeardiff.audit.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import yeardiff.model.api.Statement;
import yeardiff.words.DutchWords;

/**
 * The words that tell what a statement is about, weighed by how rare they are in all the reports
 * audited together: "Skjold", "bergtraining" or "mijnenbestrijdingsvaartuigen" single out a topic,
 * "Nederland" or "samenwerking" do not. Words are Dutch stems (the one analysis of {@link DutchWords}:
 * Dutch and English function words out, "fregatten" and "fregat" one stem), so that a topic is found
 * again in other words.
 */
public final class TopicWords {

	/** A word is distinctive when it occurs in at most this share of all statements ... */
	private static final double DISTINCTIVE_SHARE = 0.015;
	/** ... or in at most this many, for a small set of reports. */
	private static final int DISTINCTIVE_MINIMUM = 4;

	private final Map<Statement, Set<String>> words = new HashMap<>();
	private final Map<String, Integer> documentFrequency = new HashMap<>();
	private int statements;
	private int distinctiveLimit;

	/** Counts the words of all statements: rareness is relative to everything audited together. */
	public TopicWords(Collection<Statement> all) {
		for (Statement statement : all) {
			Set<String> stems = stems(statement.getText());
			words.put(statement, stems);
			stems.forEach(stem -> documentFrequency.merge(stem, Integer.valueOf(1), Integer::sum));
		}
		statements = all.size();
		distinctiveLimit = Math.max(DISTINCTIVE_MINIMUM, (int) Math.round(statements * DISTINCTIVE_SHARE));
	}

	/** The distinctive stems of a statement. */
	public Set<String> distinctive(Statement statement) {
		Set<String> distinctive = new LinkedHashSet<>();
		for (String stem : words.computeIfAbsent(statement, s -> stems(s.getText()))) {
			if (documentFrequency.getOrDefault(stem, Integer.valueOf(1)).intValue() <= distinctiveLimit) {
				distinctive.add(stem);
			}
		}
		return distinctive;
	}

	/**
	 * How strongly a later statement speaks to the same topic: the summed rareness (inverse
	 * document frequency) of the distinctive stems both share. One rare shared word such as
	 * "Skjold" weighs about 5, a merely uncommon one about 4.
	 */
	public double overlap(Statement topic, Statement candidate) {
		Set<String> other = words.computeIfAbsent(candidate, s -> stems(s.getText()));
		double score = 0;
		for (String stem : distinctive(topic)) {
			if (other.contains(stem)) {
				int frequency = documentFrequency.getOrDefault(stem, Integer.valueOf(1)).intValue();
				score += Math.log((double) Math.max(statements, 1) / frequency);
			}
		}
		return score;
	}

	/**
	 * Words of time, place and quantity say when, where and how much, not what: the due time and
	 * the figures are compared as facts, and "januari" or "ongeveer" in two statements make them
	 * no more alike. Nor do the words that make a statement a commitment ("voorzien", "verwacht").
	 * (Hedges such as "ongeveer" and "circa" are function words of the one analysis already.)
	 */
	private static final Set<String> CIRCUMSTANCE_WORDS = Set.of("januari", "februari", "maart", "april", "mei", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"juni", "juli", "augustus", "september", "oktober", "november", "december", "begin", "medio", "eind", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"kwartaal", "jaar", "jaren", "jaarlijks", "thans", "momenteel", "inmiddels", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"totaal", "bedraagt", "bedroeg", "stijgt", "steeg", "vindt", "vond", "plaats", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"noord", "zuid", "oost", "west", "voorzien", "verwacht", "verwachting", "gepland", "streeft", "streven", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"beoogd", "beoogde"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The stems of a text, numbers left out: years and amounts are compared as facts, not as topic. */
	private static Set<String> stems(String text) {
		Set<String> stems = new LinkedHashSet<>();
		for (String term : DutchWords.terms(text)) {
			if (!CIRCUMSTANCE_WORDS.contains(term)) {
				String stem = DutchWords.stem(term);
				if (stem.chars().anyMatch(Character::isLetter) && stem.length() > 1) {
					stems.add(stem);
				}
			}
		}
		return stems;
	}
}
