package yeardiff.compare;

import yeardiff.extract.FactValues;
import yeardiff.model.api.Fact;

/**
 * A fact as the comparison sees it: a value in base units, its unit, and the words it was written in.
 */
public record FactValue(double value, String unit, String text) {

	public static FactValue of(Fact fact) {
		return new FactValue(FactValues.value(fact), FactValues.unit(fact), fact.getText());
	}
}
