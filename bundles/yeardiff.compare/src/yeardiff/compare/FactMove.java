package yeardiff.compare;

/**
 * A measure whose value differs between two reports of one partner, whether or not the sentences
 * that state it were paired: the defence budget from € 4,9 miljard (2019) to € 4,76 miljard
 * (2020), a share of GDP forecast for 2020 and then reported for it, a growth path's target moved
 * from 1,19% in 2023-2024 to 1,24% in 2025. {@code from} is null for a measure only the later
 * report gives, {@code to} for one only the earlier report gives.
 *
 * @param measure what is measured, as {@code yeardiff.extract.FactMeasures#name} writes it
 *            ({@code defence-budget}, {@code gdp-share}, {@code personnel:Enhanced Forward Presence})
 * @param label the measure's name for people ({@code defensiebudget (EUR)})
 * @param kind the fact kind ({@code amount}, {@code share}, {@code count}, {@code time})
 * @param unit the unit of both values ({@code EUR}, {@code percent}, {@code persons}, {@code year})
 * @param delta {@code to - from} in the unit, 0 when one side is missing
 */
public record FactMove(String measure, String label, String kind, String unit, MeasureValue from, MeasureValue to, double delta) {

	/** One report's value of the measure and where it is stated. */
	public record MeasureValue(double value, String period, String statementId, String text) {
	}

	/** A short reading: {@code €4,9 miljard (2019) → € 4,76 miljard (2020) (−0,14 miljard EUR)}. */
	public String describe() {
		if (from == null) {
			return "+ " + to.text() + " (" + to.period() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (to == null) {
			return "− " + from.text() + " (" + from.period() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return from.text() + " (" + from.period() + ") → " + to.text() + " (" + to.period() + ") (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ FactFormat.delta(kind, unit, delta) + ")"; //$NON-NLS-1$
	}
}
