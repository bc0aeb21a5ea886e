package yeardiff.extract;

import yeardiff.model.api.Amount;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Share;
import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;

/**
 * A fact as the command line's JSON and CSV show it: a kind, a value in base units and a unit.
 * Comparison, timeline and exports read facts through these three functions so that they all
 * agree on what "the same kind of fact" is.
 */
public final class FactValues {

	private static final String AMOUNT = "amount"; //$NON-NLS-1$
	private static final String SHARE = "share"; //$NON-NLS-1$
	private static final String COUNT = "count"; //$NON-NLS-1$
	private static final String TIME = "time"; //$NON-NLS-1$
	private static final String PERCENT = "percent"; //$NON-NLS-1$
	private static final String YEAR = "year"; //$NON-NLS-1$

	private FactValues() {
	}

	/** "amount", "share", "count" or "time". */
	public static String kind(Fact fact) {
		return switch (fact) {
			case Amount amount -> AMOUNT;
			case Share share -> SHARE;
			case Count count -> COUNT;
			case TimeRef time -> TIME;
			default -> throw new IllegalArgumentException(fact.eClass().getName());
		};
	}

	/**
	 * The currency code of an amount (EUR, GBP, NOK, USD), "percent" for a share, the unit of a
	 * count ("persons", "items"), and for a time reference "year" (a year or a range of years) or
	 * its finer precision ("quarter", "month", "date").
	 */
	public static String unit(Fact fact) {
		return switch (fact) {
			case Amount amount -> amount.getCurrency();
			case Share share -> PERCENT;
			case Count count -> count.getUnit();
			case TimeRef time -> time.getPrecision() == TimePrecision.RANGE ? YEAR : time.getPrecision().getLiteral();
			default -> throw new IllegalArgumentException(fact.eClass().getName());
		};
	}

	/** The value in base units: euros, percentage points, the number counted, the (first) year. */
	public static double value(Fact fact) {
		return switch (fact) {
			case Amount amount -> amount.getValue();
			case Share share -> share.getValue();
			case Count count -> count.getValue();
			case TimeRef time -> time.getYear();
			default -> throw new IllegalArgumentException(fact.eClass().getName());
		};
	}
}
