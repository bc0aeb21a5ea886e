package yeardiff.library;

/**
 * What importing one letter did: the report id it became, its title, the commit (the existing one
 * when nothing changed), and whether it was new, replaced or unchanged.
 */
public record LetterImport(String fileName, String reportId, String title, String commit, Outcome outcome) {

	public enum Outcome {
		/** A report that was not in the repository. */
		ADDED,
		/** A report of the same id with other content, replaced on request. */
		REPLACED,
		/** The repository held this letter already, byte for byte: no commit. */
		UNCHANGED
	}
}
