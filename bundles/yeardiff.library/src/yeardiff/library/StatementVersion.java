package yeardiff.library;

/**
 * A statement as one report has it, in a statement's history. {@code status} says how it came to be
 * from the version before: {@code new} for the first appearance, else {@code unchanged},
 * {@code reworded}, {@code changed}, {@code moved}, or {@code split} for a part of a split sentence.
 */
public record StatementVersion(String report, int year, String statementId, String text, int page, String status,
		String commit) {
}
