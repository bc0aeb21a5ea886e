package yeardiff.library;

import java.util.List;

/**
 * Where a statement first appeared and how it changed: every version, oldest first, from its first
 * appearance to the latest report that still has it.
 */
public record StatementHistory(String statementId, List<StatementVersion> versions) {
}
