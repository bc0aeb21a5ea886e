package yeardiff.audit.internal;

import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;

/**
 * Compares the times commitments are due by. A time is read as the moment it starts: "2028–2029"
 * starts in 2028, "het eerste kwartaal van 2021" in January 2021, "september/oktober 2020" in
 * September; a plain year says nothing finer than its year.
 */
public final class DueTimes {

	private static final int MONTHS_PER_QUARTER = 3;

	private DueTimes() {
	}

	/** The first year the time covers. */
	public static int firstYear(TimeRef time) {
		return time.getYear();
	}

	/** The last year the time covers: the end of a range, else its year. */
	public static int lastYear(TimeRef time) {
		return time.getPrecision() == TimePrecision.RANGE && time.getEndYear() > 0 ? time.getEndYear() : time.getYear();
	}

	/**
	 * Whether {@code moved} is later than {@code original}: it starts in a later year, or in the same
	 * year a later month when both say which, or it is a range of the same start that ends later.
	 */
	public static boolean isLater(TimeRef moved, TimeRef original) {
		if (firstYear(moved) != firstYear(original)) {
			return firstYear(moved) > firstYear(original);
		}
		int movedMonth = startMonth(moved);
		int originalMonth = startMonth(original);
		if (movedMonth > 0 && originalMonth > 0 && movedMonth != originalMonth) {
			return movedMonth > originalMonth;
		}
		return lastYear(moved) > lastYear(original);
	}

	/** 1 to 12, or 0 when the time names no part of its year. */
	private static int startMonth(TimeRef time) {
		return switch (time.getPrecision()) {
			case MONTH, DATE -> time.getMonth();
			case QUARTER -> time.getQuarter() > 0 ? (time.getQuarter() - 1) * MONTHS_PER_QUARTER + 1 : 0;
			default -> 0;
		};
	}
}
