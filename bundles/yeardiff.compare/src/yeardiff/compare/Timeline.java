package yeardiff.compare;

import java.util.List;

/**
 * One partner's facts over all reports: one series per measure (the defence budget in each
 * currency, the share of GDP, the personnel of a mission, a programme's delivery year), its points
 * keyed by the period each value is for, which may differ from the report's year (the 2019 letter
 * gives the British budget for 2020). A value a later letter gives again for the same period is a
 * revision of that point.
 */
public record Timeline(String partner, List<Series> series) {

	/**
	 * A measure followed through the years.
	 *
	 * @param kind the fact kind ({@code amount}, {@code share}, {@code count}, {@code time})
	 * @param label what is measured, for people ({@code defensiebudget (GBP)})
	 * @param measure what is measured, as the JSON names it ({@code defence-budget},
	 *            {@code personnel:Enhanced Forward Presence})
	 * @param points ordered by period, then by report
	 */
	public record Series(String kind, String unit, String label, List<Point> points, String measure) {

		public Series(String kind, String unit, String label, List<Point> points) {
			this(kind, unit, label, points, null);
		}
	}

	/**
	 * The value one report gives for one period.
	 *
	 * @param year the year the report covers
	 * @param period the period the value is for ({@code 2020}, {@code 2019/2020}, {@code 2023-2024},
	 *            {@code 2021-06}), or null when unknown
	 * @param revision whether an earlier report already gave a value for this period (this point
	 *            restates or revises it)
	 */
	public record Point(String report, int year, double value, String statementId, String text, String period, boolean revision) {

		public Point(String report, int year, double value, String statementId, String text) {
			this(report, year, value, statementId, text, null, false);
		}
	}
}
