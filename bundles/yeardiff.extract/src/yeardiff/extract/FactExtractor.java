package yeardiff.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import yeardiff.extract.ReferenceExtractor.ReferenceSpan;
import yeardiff.extract.internal.AmountRecognizer;
import yeardiff.extract.internal.CountRecognizer;
import yeardiff.extract.internal.FactRecognizer;
import yeardiff.extract.internal.ShareRecognizer;
import yeardiff.extract.internal.StatementText;
import yeardiff.extract.internal.TimeRecognizer;
import yeardiff.model.api.Fact;

/**
 * Finds the typed values a statement states — amounts of money, shares of GDP, counts, points and
 * periods in time — so that years can be compared by value rather than by wording. Each fact
 * carries its words and their offsets in the statement text; values are in base units (euros, not
 * billions of euros). Digits that belong to a Kamerstuk reference are not facts.
 */
public final class FactExtractor {

	/** Earliest first; of two facts starting together, the longer ("21 mei 2019" over "21"). */
	private static final Comparator<Fact> PRECEDENCE = Comparator.comparingInt(Fact::getBegin)
			.thenComparing(Comparator.comparingInt(Fact::getEnd).reversed());

	private final List<FactRecognizer> recognizers = List.of(new AmountRecognizer(), new ShareRecognizer(),
			new TimeRecognizer(), new CountRecognizer());

	/** The facts in the text, sorted by position and not overlapping one another. */
	public List<Fact> extract(String text) {
		return extract(StatementText.of(text));
	}

	/** The facts in the text, for a caller that checks the same text for more than facts. */
	List<Fact> extract(StatementText text) {
		List<Fact> candidates = new ArrayList<>();
		for (FactRecognizer recognizer : recognizers) {
			recognizer.find(text, candidates);
		}
		if (candidates.isEmpty()) {
			return candidates;
		}
		candidates.sort(PRECEDENCE);
		List<ReferenceSpan> references = ReferenceExtractor.spans(text.text());
		List<Fact> facts = new ArrayList<>();
		int taken = 0;
		for (Fact candidate : candidates) {
			if (candidate.getBegin() >= taken && !insideReference(candidate, references)) {
				facts.add(candidate);
				taken = candidate.getEnd();
			}
		}
		return facts;
	}

	private static boolean insideReference(Fact fact, List<ReferenceSpan> references) {
		return references.stream().anyMatch(reference -> fact.getBegin() < reference.end() && reference.begin() < fact.getEnd());
	}
}
