package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.extract.FactExtractor;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Fact;

/** The kind, value and unit the command line prints for a fact. */
@SuppressWarnings("nls")
class FactValuesTest {

	@Test
	void describesEveryKind() {
		List<Fact> facts = new FactExtractor().extract(LetterSentences.BRITISH_BUDGET_2021);
		assertEquals(List.of("time year 2021.0", "amount GBP 4.6E10", "share percent 2.5", "amount GBP 4.8E9", "time year 2020.0"),
				facts.stream().map(FactValuesTest::describe).toList());
	}

	@Test
	void timeUnitIsItsPrecision() {
		List<Fact> facts = new FactExtractor().extract(LetterSentences.ERBIL_2020);
		assertEquals(List.of("time quarter 2020.0", "time month 2021.0"), facts.stream().map(FactValuesTest::describe).toList());
		assertEquals("time date 2020.0", describe(new FactExtractor().extract(LetterSentences.FRAMEWORK_TREATY_2020).get(1)));
	}

	@Test
	void countUnit() {
		assertEquals("count persons 270.0", describe(new FactExtractor().extract(LetterSentences.EFP_2019).get(0)));
		assertEquals("count items 14.0", describe(new FactExtractor().extract(LetterSentences.CHINOOK_2020).get(1)));
	}

	private static String describe(Fact fact) {
		return FactValues.kind(fact) + " " + FactValues.unit(fact) + " " + FactValues.value(fact);
	}
}
