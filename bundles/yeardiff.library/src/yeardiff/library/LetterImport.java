package yeardiff.library;

import java.util.List;

/**
 * What importing one letter did: the report id it became, its title, the commit (the existing one
 * when nothing changed), whether it was new, replaced or unchanged, the subjects its headings named
 * that the repository did not know ("Polen", "Zweden"), and warnings about how it was read.
 */
public record LetterImport(String fileName, String reportId, String title, String commit, Outcome outcome, List<String> newSubjects,
		List<String> warnings) {

	public LetterImport {
		newSubjects = List.copyOf(newSubjects);
		warnings = List.copyOf(warnings);
	}

	public enum Outcome {
		/** A report that was not in the repository. */
		ADDED,
		/** A report of the same id with other content, replaced on request. */
		REPLACED,
		/** The repository held this letter already, byte for byte: no commit. */
		UNCHANGED
	}
}
