package yeardiff.ui.views;

import java.nio.file.Path;
import java.util.Comparator;

import yeardiff.store.ReportEntry;

/**
 * A report as the Reports view lists it: its entry in a repository, before its model is read.
 * Commands on the view's selection take the repository and the report id from here.
 */
public record ReportItem(Path repository, ReportEntry entry) {

	/**
	 * Reports in the order they were written: by year, then date, then id; the order in which
	 * statement histories follow them, and "the previous report" is the one before.
	 */
	public static final Comparator<ReportEntry> CHRONOLOGICAL = Comparator.comparingInt(ReportEntry::year)
			.thenComparing(entry -> entry.date() == null ? "" : entry.date()).thenComparing(ReportEntry::id); //$NON-NLS-1$
}
