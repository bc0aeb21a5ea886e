package yeardiff.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import yeardiff.compare.FactFormat;

/** Values written as the letters write them, shortened for a chart axis or a table cell. */
class FactFormatTest {

	@Test
	void currenciesByTheirSymbolOrCodeWithTheScaleShortened() {
		assertEquals("£ 41,3 mld", FactFormat.compact("GBP", 41.3e9));
		assertEquals("€ 4,76 mld", FactFormat.compact("EUR", 4.76e9));
		assertEquals("€ 448 mln", FactFormat.compact("EUR", 448e6));
		assertEquals("$ 738 mld", FactFormat.compact("USD", 738e9));
		assertEquals("64,5 mld NOK", FactFormat.compact("NOK", 64.5e9));
	}

	@Test
	void sharesCountsAndYears() {
		assertEquals("2,1 %", FactFormat.compact("percent", 2.1));
		assertEquals("0,95 %", FactFormat.compact("percent", 0.95));
		assertEquals("270", FactFormat.compact("persons", 270));
		assertEquals("1.000", FactFormat.compact("persons", 1000));
		assertEquals("2028", FactFormat.compact("year", 2028));
	}
}
