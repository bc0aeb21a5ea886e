package yeardiff.compare;

/**
 * One fact with where it stands: the row of {@code yeardiff facts} and of the workbench's fact
 * tables. {@code counted} is what a count counts ("F-35", "militairen"), else null.
 */
public record FactRow(String report, int year, String partner, String section, String statementId, String statement,
		int page, String kind, double value, String unit, String text, String counted) {
}
