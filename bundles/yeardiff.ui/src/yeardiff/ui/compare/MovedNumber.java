package yeardiff.ui.compare;

import java.util.ArrayList;
import java.util.List;

import yeardiff.compare.FactChange;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;

/**
 * A row of a partner's "numbers that moved" table: a fact the comparison found changed, added or
 * removed, with the pair of statements it was read from.
 */
public record MovedNumber(FactChange change, StatementPair pair) {

	/** The partner's changed facts as the comparison reports them, in the letters' order. */
	public static List<MovedNumber> of(SectionComparison section) {
		List<MovedNumber> rows = new ArrayList<>();
		for (StatementPair pair : section.pairs()) {
			for (FactChange change : pair.factChanges()) {
				rows.add(new MovedNumber(change, pair));
			}
		}
		return rows;
	}
}
