package yeardiff.store;

import java.util.Comparator;

/**
 * One report as the repository lists it: enough to show a table of reports or answer
 * {@code yeardiff list --json} without loading the report model.
 *
 * @param id the report's id, also its folder under {@code reports/}
 * @param year the year the report covers
 * @param kind the report kind's literal ({@code yearly}, {@code interim}, {@code nota},
 *            {@code draft})
 * @param title the letter's title, or {@code null}
 * @param date the letter's date, or {@code null} when the letter does not say
 * @param reference the ministry's reference, or {@code null}
 * @param statements how many statements the report holds
 * @param commit the full id of the last commit that touched the report
 */
public record ReportEntry(String id, int year, String kind, String title, String date, String reference,
		int statements, String commit) {

	/**
	 * Reports in the order they were written: by year, then letter date, then id. Statement
	 * histories follow this order, and "the previous report" of a report is the one before it.
	 */
	public static final Comparator<ReportEntry> CHRONOLOGICAL = Comparator.comparingInt(ReportEntry::year)
			.thenComparing(entry -> entry.date() == null ? "" : entry.date()).thenComparing(ReportEntry::id); //$NON-NLS-1$
}
