package yeardiff.compare;

import java.util.List;

/**
 * One partner's facts over all reports: one series per fact that the reports keep restating (the
 * defence budget, the share of GDP, the troops in Lithuania, a delivery year), each point taken
 * from the statement that says it in that report.
 */
public record Timeline(String partner, List<Series> series) {

	/** A fact followed through the years; {@code label} is the words that introduce it. */
	public record Series(String kind, String unit, String label, List<Point> points) {
	}

	/** The fact's value in one report. */
	public record Point(String report, int year, double value, String statementId, String text) {
	}
}
