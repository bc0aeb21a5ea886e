package yeardiff.audit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * What became of each statement in the next report, by the comparison's alignment of consecutive
 * reports: the alignment knows a statement again when it was reworded, moved to another section or
 * split, which plain word overlap does not.
 */
public final class Succession {

	private final List<Map<Statement, StatementPair>> nextPairs = new ArrayList<>();

	/**
	 * Compares each report with the next one.
	 *
	 * @param chronology the reports, earliest first
	 */
	public Succession(List<Report> chronology, ReportComparator comparator) {
		for (int i = 0; i + 1 < chronology.size(); i++) {
			Map<Statement, StatementPair> pairs = new HashMap<>();
			for (StatementPair pair : comparator.compare(chronology.get(i), chronology.get(i + 1)).pairs()) {
				if (pair.from() != null && pair.to() != null) {
					pairs.put(pair.from(), pair);
					pair.alsoFrom().forEach(part -> pairs.put(part, pair));
				}
			}
			nextPairs.add(pairs);
		}
	}

	/**
	 * The pair that carries a statement of report {@code index} into report {@code index + 1}, or
	 * null when the next report dropped it or there is none.
	 */
	public StatementPair next(int index, Statement statement) {
		return index < nextPairs.size() ? nextPairs.get(index).get(statement) : null;
	}
}
