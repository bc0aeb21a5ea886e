package yeardiff.ingest;

import java.util.List;
import java.util.Objects;

import yeardiff.model.api.Report;

/**
 * A letter as read, with what its reader should be told: the subjects its headings named that the
 * registry does not list yet ("Polen", "Zweden"), so the user can check them and teach their other
 * names, and warnings about how it was read.
 *
 * @param report the report
 * @param newSubjects the names of the subjects new to the registry, in the order of the letter
 * @param warnings one-line warnings, empty when the letter was read as expected
 */
public record ImportedLetter(Report report, List<String> newSubjects, List<String> warnings) {

	public ImportedLetter {
		Objects.requireNonNull(report);
		newSubjects = List.copyOf(newSubjects);
		warnings = List.copyOf(warnings);
	}
}
