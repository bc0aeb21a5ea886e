package yeardiff.audit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import yeardiff.model.api.Report;

/**
 * Puts reports in the order they were written, which is the order in which later ones can speak to
 * what earlier ones promised: by the year covered, then by letter date. A letter without a date
 * (the 2020 report as printed in the Kamerstukken) comes after the dated letters of its year,
 * because a yearly report is written when its year is over.
 */
public final class ReportChronology {

	private static final Comparator<Report> ORDER = Comparator.comparingInt(Report::getYear)
			.thenComparing(Report::getDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Report::getId, Comparator.nullsLast(Comparator.naturalOrder()));

	private ReportChronology() {
	}

	/** A new list of the reports, earliest first. */
	public static List<Report> order(List<Report> reports) {
		List<Report> ordered = new ArrayList<>(reports);
		ordered.sort(ORDER);
		return ordered;
	}
}
