package yeardiff.cli.json;

import yeardiff.extract.FactValues;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;

/**
 * A fact in the JSON contract: value in base units with its unit ({@code 4.9E9} {@code EUR},
 * {@code 0.95} {@code percent}, {@code 270} {@code persons}, a year with unit {@code year}).
 */
public record FactJson(String kind, double value, String unit, String text, boolean approximate, String counted, int begin,
		int end) {

	public static FactJson of(Fact fact) {
		return new FactJson(FactValues.kind(fact), FactValues.value(fact), FactValues.unit(fact), fact.getText(),
				fact.isApproximate(), fact instanceof Count count ? count.getCounted() : null, fact.getBegin(), fact.getEnd());
	}
}
