package yeardiff.compare;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One partner's facts over all reports: one series per measure (the defence budget in each
 * currency, the share of GDP, the personnel of a mission, a programme's delivery year), its points
 * keyed by the period each value is for, which may differ from the report's year (the 2019 letter
 * gives the British budget for 2020). A value a later letter gives again for the same period is a
 * revision of that point.
 */
public record Timeline(String partner, List<Series> series) {

	/** A fiscal year ({@code 2019/2020}) or a range ({@code 2023-2024}): both stand at their end year. */
	private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})[/-](\\d{4})"); //$NON-NLS-1$
	private static final Pattern YEAR = Pattern.compile("\\d{4}"); //$NON-NLS-1$
	/**
	 * Periods in time order, as {@link TimelineBuilder} orders a series' points: by the last
	 * calendar year a period touches, then as written (2019, 2019/2020, 2020, 2021-06, 2023-2024).
	 */
	private static final Comparator<String> PERIOD_ORDER = Comparator.comparingInt(Timeline::lastYear)
			.thenComparing(Comparator.naturalOrder());

	/**
	 * The periods {@code shown} have values for, in time order: one place each on a time axis,
	 * none for a period without data. A point without a period stands at its report's year.
	 */
	public static List<String> periods(Collection<Series> shown) {
		TreeSet<String> periods = new TreeSet<>(PERIOD_ORDER);
		shown.forEach(series -> series.points().forEach(point -> periods.add(point.periodOrYear())));
		return List.copyOf(periods);
	}

	private static int lastYear(String period) {
		Matcher two = TWO_YEARS.matcher(period);
		if (two.matches()) {
			return Integer.parseInt(two.group(2));
		}
		Matcher year = YEAR.matcher(period);
		return year.find() ? Integer.parseInt(year.group()) : Integer.MAX_VALUE;
	}

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

		/** The period the value is for, or the report's year when the letter does not say. */
		public String periodOrYear() {
			return period != null ? period : Integer.toString(year);
		}
	}
}
