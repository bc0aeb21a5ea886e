package yeardiff.compare;

/**
 * One fact with where it stands: the row of {@code yeardiff facts} and of the workbench's fact
 * tables. {@code counted} is what a count counts ("F-35", "militairen"), else null;
 * {@code measure} what the value measures ({@code defence-budget}, {@code gdp-share},
 * {@code personnel:Enhanced Forward Presence}, {@code other}) and {@code period} the period it is
 * for ({@code 2020}, {@code 2019/2020}), as {@code yeardiff.extract.FactMeasures} names them.
 */
public record FactRow(String report, int year, String partner, String section, String statementId, String statement,
		int page, String kind, double value, String unit, String text, String counted, String measure, String period) {

	/** A row without measure and period. */
	public FactRow(String report, int year, String partner, String section, String statementId, String statement, int page,
			String kind, double value, String unit, String text, String counted) {
		this(report, year, partner, section, statementId, statement, page, kind, value, unit, text, counted, null, null);
	}
}
