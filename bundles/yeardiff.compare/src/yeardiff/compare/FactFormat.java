package yeardiff.compare;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes values and differences the way the letters write them (Dutch decimal comma, miljoen and
 * miljard), so that a change reads like the reports it comes from.
 */
public final class FactFormat {

	private static final Locale DUTCH = Locale.of("nl", "NL"); //$NON-NLS-1$ //$NON-NLS-2$

	private FactFormat() {
	}

	/** A signed difference in the fact's own unit: {@code −0,14 miljard EUR}, {@code +2 jaar}, {@code +0,15 procentpunt}. */
	public static String delta(String kind, String unit, double delta) {
		String sign = delta > 0 ? "+" : delta < 0 ? "−" : "±"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		double magnitude = Math.abs(delta);
		return switch (kind) {
			case "amount" -> sign + scaled(magnitude) + " " + unit; //$NON-NLS-1$ //$NON-NLS-2$
			case "share" -> sign + number(magnitude, 2) + " procentpunt"; //$NON-NLS-1$ //$NON-NLS-2$
			case "time" -> sign + number(magnitude, 0) + " jaar"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> sign + number(magnitude, 2) + " " + unit; //$NON-NLS-1$
		};
	}

	/** A value with its scale word: {@code 4,76 miljard}, {@code 448 miljoen}, {@code 270}. */
	public static String scaled(double value) {
		double magnitude = Math.abs(value);
		if (magnitude >= 1e9) {
			return number(value / 1e9, 2) + " miljard"; //$NON-NLS-1$
		}
		if (magnitude >= 1e6) {
			return number(value / 1e6, 2) + " miljoen"; //$NON-NLS-1$
		}
		return number(value, 2);
	}

	/**
	 * A value in its unit as the letters write it, with the scale shortened for a chart's axis or a
	 * table cell: {@code £ 41,3 mld}, {@code € 448 mln}, {@code 64,5 mld NOK}, {@code 2,1 %},
	 * {@code 270}, {@code 2028}. A currency goes by its symbol where one character names it (the
	 * letters write {@code €}, {@code £}, {@code $}), else by its code after the number.
	 */
	public static String compact(String unit, double value) {
		if (unit == null) {
			return number(value, 2);
		}
		switch (unit) {
			case "percent": //$NON-NLS-1$
				return number(value, 2) + " %"; //$NON-NLS-1$
			case "year": //$NON-NLS-1$
				return Long.toString(Math.round(value));
			case "persons", "items": //$NON-NLS-1$ //$NON-NLS-2$
				return number(value, 0);
			default:
				break;
		}
		String symbol = currencySymbol(unit);
		double magnitude = Math.abs(value);
		String scaled = magnitude >= 1e9 ? number(value / 1e9, 2) + " mld" //$NON-NLS-1$
				: magnitude >= 1e6 ? number(value / 1e6, 2) + " mln" : number(value, 2); //$NON-NLS-1$
		return symbol != null ? symbol + ' ' + scaled : scaled + ' ' + unit;
	}

	/** The one-character symbol of an ISO currency code, or null (not a currency, or none). */
	private static String currencySymbol(String code) {
		try {
			String symbol = java.util.Currency.getInstance(code).getSymbol(Locale.US);
			return symbol.length() == 1 ? symbol : null;
		} catch (IllegalArgumentException notACurrency) {
			return null;
		}
	}

	private static String number(double value, int maxFractionDigits) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(DUTCH)); //$NON-NLS-1$
		format.setMaximumFractionDigits(maxFractionDigits);
		return format.format(value);
	}
}
