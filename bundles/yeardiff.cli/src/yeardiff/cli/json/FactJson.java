package yeardiff.cli.json;

import yeardiff.extract.FactMeasures;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Measure;

/**
 * A fact in the JSON contract: value in base units with its unit ({@code 4.9E9} {@code EUR},
 * {@code 0.95} {@code percent}, {@code 270} {@code persons}, a year with unit {@code year}), and
 * what it measures and for when ({@code defence-budget}, {@code 2020}), as in {@code facts}.
 */
public record FactJson(String kind, double value, String unit, String text, boolean approximate, String counted, int begin,
		int end, String measure, String period) {

	public static FactJson of(Fact fact) {
		Measure measure = FactMeasures.of(fact);
		return new FactJson(FactValues.kind(fact), FactValues.value(fact), FactValues.unit(fact), fact.getText(),
				fact.isApproximate(), fact instanceof Count count ? count.getCounted() : null, fact.getBegin(), fact.getEnd(),
				FactMeasures.name(measure), FactMeasures.period(measure));
	}
}
