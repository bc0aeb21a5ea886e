package yeardiff.compare;

import java.util.List;

import yeardiff.model.api.Statement;

/**
 * A statement of the earlier report and what became of it in the later one. {@code from} is null
 * for a new statement, {@code to} for a dropped one. When a sentence was split (or two were
 * merged), the further parts are in {@code alsoTo} ({@code alsoFrom}); no statement is in more than
 * one pair. {@code moved} says the statement left its place (another partner's section, or out of
 * the order of its neighbours); the status is {@link PairStatus#MOVED} then, unless a fact changed,
 * which matters more to a reviewer and makes it {@link PairStatus#CHANGED}. {@code confidence} (0..1)
 * says how sure the pairing is: its similarity lowered by how close a rival pairing came; 1 for a
 * pair a reviewer linked by hand ({@code corrected}), 0 for a new or dropped statement.
 */
public record StatementPair(PairStatus status, double similarity, Statement from, Statement to,
		List<Statement> alsoFrom, List<Statement> alsoTo, List<FactChange> factChanges, List<WordEdit> wordDiff,
		boolean commitmentChanged, boolean moved, double confidence, boolean corrected) {

	/** Whether a reviewer should look at this pair first: a fact or a commitment changed. */
	public boolean significant() {
		return !factChanges.isEmpty() || commitmentChanged;
	}
}
