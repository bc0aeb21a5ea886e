package yeardiff.store;

import java.util.Comparator;

import yeardiff.model.util.ReportOrder;

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
	 * Reports in the order they were written, the one order of {@link ReportOrder} (an undated letter
	 * after the dated letters of its year). {@link ReportRepository#list()} returns this order,
	 * statement histories follow it, and {@link ReportRepository#previous(String)} is the entry
	 * before a report in it.
	 */
	public static final Comparator<ReportEntry> CHRONOLOGICAL = ReportOrder.by(ReportEntry::year, ReportEntry::date,
			ReportEntry::id);
}
