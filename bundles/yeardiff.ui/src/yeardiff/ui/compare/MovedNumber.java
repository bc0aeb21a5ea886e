package yeardiff.ui.compare;

import java.util.ArrayList;
import java.util.List;

import yeardiff.compare.FactMove;
import yeardiff.compare.FactMoves;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Statement;

/**
 * A row of a partner's "numbers that moved" table: a measure whose value differs between the two
 * reports ({@link FactMoves}, paired sentences or not), with the pairs that hold the statement on
 * each side, so that a row leads to them.
 */
public record MovedNumber(FactMove move, StatementPair fromPair, Statement fromStatement, StatementPair toPair, Statement toStatement) {

	/** The partner's numbers that moved, as the comparison finds them. */
	public static List<MovedNumber> of(SectionComparison section) {
		List<MovedNumber> rows = new ArrayList<>();
		for (FactMove move : FactMoves.of(section)) {
			String fromId = move.from() == null ? null : move.from().statementId();
			String toId = move.to() == null ? null : move.to().statementId();
			StatementPair fromPair = null;
			Statement fromStatement = null;
			StatementPair toPair = null;
			Statement toStatement = null;
			for (StatementPair pair : section.pairs()) {
				Statement from = find(fromId, pair.from(), pair.alsoFrom());
				if (from != null) {
					fromPair = pair;
					fromStatement = from;
				}
				Statement to = find(toId, pair.to(), pair.alsoTo());
				if (to != null) {
					toPair = pair;
					toStatement = to;
				}
			}
			rows.add(new MovedNumber(move, fromPair, fromStatement, toPair, toStatement));
		}
		return rows;
	}

	private static Statement find(String id, Statement main, List<Statement> parts) {
		if (id == null) {
			return null;
		}
		if (main != null && id.equals(main.getId())) {
			return main;
		}
		return parts.stream().filter(part -> id.equals(part.getId())).findFirst().orElse(null);
	}

	/** The pair a row leads to: the later statement's, else the earlier one's. */
	public StatementPair pair() {
		return toPair != null ? toPair : fromPair;
	}
}
