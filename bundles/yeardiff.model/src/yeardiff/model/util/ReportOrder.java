package yeardiff.model.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import yeardiff.model.api.Report;

/**
 * The one order of reports, the order in which they were written: by the year a report covers,
 * then by its letter date, then by its id. Everything that speaks of "earlier", "later" or "the
 * previous report" — the repository's listing, statement histories, timelines, the audit, the
 * draft's base, {@code yeardiff diff --previous} and Compare with Previous Report — uses this order,
 * so they all mean the same report by "the one before".
 *
 * <p><b>An undated letter comes after the dated letters of its year.</b> The year of a report is the
 * year it covers, and the letter that covers a whole year is written when that year is over (the 2019
 * report is dated 12 December 2019, the 2021 report 25 January 2022), while letters dated within a
 * year are interim updates on it (19 June 2019). A letter that does not give its date is, in this
 * corpus, a yearly report as printed in the Kamerstukken (2020) or a nota imported with
 * {@code --year} (2012): placing it last in its year makes every dated letter of the year count as
 * earlier than it, so the audit lets it speak to what those letters promised, and "the previous
 * report" of the next year's report is the year's full report rather than an interim letter. Two
 * letters of the same year and date, or both undated, are ordered by id, so the order is total and
 * the same on every machine.</p>
 *
 * <p>Dates are ISO dates ({@code 2019-12-12}), as the importer writes them, so their text order is
 * their time order.</p>
 */
public final class ReportOrder {

	/** Reports in the one order, earliest first. */
	public static final Comparator<Report> REPORTS = by(Report::getYear, Report::getDate, Report::getId);

	private ReportOrder() {
	}

	/**
	 * The one order over anything that describes a report without being one (a repository listing's
	 * entry, a search hit), given how to read its year, letter date and id.
	 *
	 * @param date the letter date as an ISO date, {@code null} when the letter gives none
	 */
	public static <T> Comparator<T> by(ToIntFunction<? super T> year, Function<? super T, String> date,
			Function<? super T, String> id) {
		Comparator<T> byYear = Comparator.comparingInt(year);
		return byYear.thenComparing(date, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(id, Comparator.nullsLast(Comparator.naturalOrder()));
	}

	/** A new list of {@code reports}, earliest first. */
	public static List<Report> sorted(Collection<? extends Report> reports) {
		List<Report> ordered = new ArrayList<>(reports);
		ordered.sort(REPORTS);
		return ordered;
	}

	/**
	 * Of {@code items}, the one that comes just before the item with id {@code id} in {@code order}.
	 *
	 * @return the previous item, or empty when the item is the earliest
	 * @throws IllegalArgumentException when no item has that id
	 */
	public static <T> Optional<T> previous(Collection<? extends T> items, Comparator<? super T> order,
			Function<? super T, String> idOf, String id) {
		T target = items.stream().filter(item -> Objects.equals(idOf.apply(item), id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(id));
		T previous = null;
		for (T item : items) {
			if (order.compare(item, target) < 0 && (previous == null || order.compare(item, previous) > 0)) {
				previous = item;
			}
		}
		return Optional.ofNullable(previous);
	}

	/** {@link #previous(Collection, Comparator, Function, String)} over reports. */
	public static Optional<Report> previous(Collection<? extends Report> reports, String id) {
		return previous(reports, REPORTS, Report::getId, id);
	}
}
