package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static yeardiff.extract.tests.LetterSentences.*;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import yeardiff.extract.FactExtractor;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Share;
import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;

/** Facts read from the letters' sentences, each checked against the sentence by hand. */
@SuppressWarnings("nls")
class FactExtractorTest {

	private final FactExtractor extractor = new FactExtractor();

	/** Sentence, the fact's words, kind, value in base units, unit, approximate. */
	static Stream<Arguments> facts() {
		return Stream.of(
				arguments(BELGIAN_BUDGET_2019, "€4,9 miljard", "amount", 4.9e9, "EUR", false),
				arguments(BELGIAN_BUDGET_2019, "0,95% van het Bruto Binnenlands Product (BBP)", "share", 0.95, "percent", false),
				arguments(BELGIAN_BUDGET_2019, "2019", "time", 2019, "year", false),
				arguments(BELGIAN_GROWTH_PATH_2019, "1,01%", "share", 1.01, "percent", false),
				arguments(BELGIAN_GROWTH_PATH_2019, "1,06% van het BBP", "share", 1.06, "percent", false),
				arguments(BRITISH_BUDGET_2019, "2019-2020", "time", 2019, "year", false),
				arguments(BRITISH_BUDGET_2019, "£39,5 miljard", "amount", 3.95e10, "GBP", false),
				arguments(BRITISH_BUDGET_2019, "€46,2 miljard", "amount", 4.62e10, "EUR", true),
				arguments(BRITISH_BUDGET_2019, "£ 41,3 miljard", "amount", 4.13e10, "GBP", false),
				arguments(BRITISH_BUDGET_2019, "€48,3 miljard", "amount", 4.83e10, "EUR", true),
				arguments(SDSR15_2019, "£178 miljard", "amount", 1.78e11, "GBP", false),
				arguments(SDSR15_2019, "€202 miljard", "amount", 2.02e11, "EUR", true),
				arguments(SDSR15_2019, "2% van het BBP", "share", 2, "percent", false),
				arguments(F35_2019, "negen extra F-35’s", "count", 9, "items", false),
				arguments(F35_2019, "37 F-35’s", "count", 37, "items", false),
				arguments(EFP_2019, "270 militairen", "count", 270, "persons", true),
				arguments(DORIAN_2019, "50 Duitse militairen", "count", 50, "persons", false),
				arguments(DORIAN_2019, "september 2019", "time", 2019, "month", false),
				arguments(DOI_2019, "21 mei 2019", "time", 2019, "date", false),
				arguments(MDP_2019, "£1,8 miljard", "amount", 1.8e9, "GBP", false),
				arguments(MDP_2019, "€2,1 miljard", "amount", 2.1e9, "EUR", true),
				arguments(SPACE_2019, "tien landen", "count", 10, "items", true),
				arguments(EDIDP_PROPOSALS_2019, "40 projectvoorstellen", "count", 40, "items", false),
				arguments(EDIDP_RESULTS_2019, "begin 2020", "time", 2020, "quarter", false),
				arguments(SKJOLD_2019, "januari 2020", "time", 2020, "month", false),
				arguments(MOUNTAIN_TRAINING_2019, "september/oktober 2020", "time", 2020, "month", false),
				arguments(BELGIAN_BUDGET_2020, "€ 4,76 miljard", "amount", 4.76e9, "EUR", true),
				arguments(BELGIAN_SHARE_2020, "1,1% van het BBP", "share", 1.1, "percent", true),
				arguments(BELGIAN_INCREASE_2020, "€ 0,5 miljard", "amount", 5e8, "EUR", true),
				arguments(BELGIAN_TARGET_2020, "1,24%", "share", 1.24, "percent", false),
				arguments(FRIGATES_2020, "twee nieuwe fregatten", "count", 2, "items", false),
				arguments(FRIGATES_2020, "2028–2029", "time", 2028, "year", false),
				arguments(FRIGATES_2020, "2030", "time", 2030, "year", false),
				arguments(GERMAN_SPENDING_2020, "€ 34,75 miljard", "amount", 3.475e10, "EUR", false),
				arguments(GERMAN_SPENDING_2020, "€ 51,5 miljard", "amount", 5.15e10, "EUR", false),
				arguments(FRENCH_SPENDING_2020, "€ 37,5 miljard", "amount", 3.75e10, "EUR", false),
				arguments(FRENCH_INNOVATION_2020, "€ 448 miljoen", "amount", 4.48e8, "EUR", false),
				arguments(NORWEGIAN_BUDGET_2020, "3,5 miljard NOK", "amount", 3.5e9, "NOK", true),
				arguments(NORWEGIAN_BUDGET_2020, "64,5 miljard NOK", "amount", 6.45e10, "NOK", false),
				arguments(NORWEGIAN_BUDGET_2020, "€ 6,1 miljard", "amount", 6.1e9, "EUR", false),
				arguments(BRITISH_INCREASE_2020, "£ 16,5 miljard", "amount", 1.65e10, "GBP", false),
				arguments(BRITISH_INCREASE_2020, "10%", "share", 10, "percent", false),
				arguments(BRITISH_STAFF_2020, "80 militairen", "count", 80, "persons", true),
				arguments(BRITISH_STAFF_2020, "tiental werkstudenten", "count", 10, "persons", true),
				arguments(AMERICAN_BUDGET_2020, "$ 738 miljard", "amount", 7.38e11, "USD", false),
				arguments(AMERICAN_BUDGET_2020, "oktober 2019", "time", 2019, "month", false),
				arguments(CHINOOK_2020, "veertien nieuwe Chinook helikopters", "count", 14, "items", false),
				arguments(FRAMEWORK_TREATY_2020, "juli 2018", "time", 2018, "month", false),
				arguments(FRAMEWORK_TREATY_2020, "1 november 2020", "time", 2020, "date", false),
				arguments(RESOLUTE_SUPPORT_2020, "het eerste kwartaal van 2021", "time", 2021, "quarter", false),
				arguments(MOBILITY_FUNDS_2020, "1,5 miljard euro", "amount", 1.5e9, "EUR", false),
				arguments(EDF_BUDGET_2020, "€ 7,014 miljard euro", "amount", 7.014e9, "EUR", false),
				arguments(EDIDP_TRANCHE_2020, "Medio maart 2020", "time", 2020, "month", false),
				arguments(DUTCH_SHARE_2020, "1,48%", "share", 1.48, "percent", false),
				arguments(DUTCH_SHARE_2020, "1,81%", "share", 1.81, "percent", true),
				arguments(NRF_2020, "viertal gevechtsvliegtuigen", "count", 4, "items", true),
				arguments(RSM_STRENGTH_2020, "140 militairen", "count", 140, "persons", false),
				arguments(CSOCC_2020, "de tweede helft van 2020", "time", 2020, "quarter", false),
				arguments(UNIFIL_2020, "1 militair", "count", 1, "persons", false),
				arguments(MINUSMA_2020, "drie stafofficieren", "count", 3, "persons", false),
				arguments(MINUSMA_2020, "twee raketafweerspecialisten", "count", 2, "persons", false),
				arguments(GERMAN_BUDGET_2021, "€45 miljard", "amount", 4.5e10, "EUR", false),
				arguments(GERMAN_BUDGET_2021, "1,57% BBP", "share", 1.57, "percent", false),
				arguments(ISR_TASK_FORCE_2021, "drie militair specialisten", "count", 3, "persons", false),
				arguments(BRITISH_BUDGET_2021, "2021/2022", "time", 2021, "year", false),
				arguments(BRITISH_BUDGET_2021, "46 miljard pond", "amount", 4.6e10, "GBP", false),
				arguments(BRITISH_BUDGET_2021, "4,8 miljard", "amount", 4.8e9, "GBP", false),
				arguments(AMERICAN_BUDGET_2021, "732 miljard US dollar", "amount", 7.32e11, "USD", false),
				arguments(AMERICAN_BUDGET_2021, "36 miljard USD", "amount", 3.6e10, "USD", false),
				arguments(AMERICAN_BUDGET_2021, "3,6% BBP", "share", 3.6, "percent", false),
				arguments(PREPOSITIONED_STOCKS_2021, "€38 miljoen", "amount", 3.8e7, "EUR", false),
				arguments(JEF_2021, "30 juni 2021", "time", 2021, "date", false),
				arguments(SAC_C17_2012, "twaalf landen", "count", 12, "items", false),
				arguments(SAC_C17_2012, "drie C-17 strategische luchttransportvliegtuigen", "count", 3, "items", false));
	}

	@ParameterizedTest(name = "[{index}] {1}")
	@MethodSource("facts")
	void findsFact(String sentence, String words, String kind, double value, String unit, boolean approximate) {
		Fact fact = factWithText(sentence, words);
		assertAll(() -> assertEquals(kind, FactValues.kind(fact)),
				() -> assertEquals(value, FactValues.value(fact)),
				() -> assertEquals(unit, FactValues.unit(fact)),
				() -> assertEquals(approximate, fact.isApproximate()),
				() -> assertEquals(words, sentence.substring(fact.getBegin(), fact.getEnd())));
	}

	@Test
	void countNamesWhatItCounts() {
		assertAll(() -> assertEquals("F-35", counted(F35_2019, "negen extra F-35’s")),
				() -> assertEquals("fregatten", counted(FRIGATES_2020, "twee nieuwe fregatten")),
				() -> assertEquals("Chinook helikopters", counted(CHINOOK_2020, "veertien nieuwe Chinook helikopters")),
				() -> assertEquals("militairen", counted(EFP_2019, "270 militairen")),
				() -> assertEquals("C-17 luchttransportvliegtuigen", counted(SAC_C17_2012, "drie C-17 strategische luchttransportvliegtuigen")));
	}

	@Test
	void shareOfGdpHasBasis() {
		assertEquals("BBP", ((Share) factWithText(BELGIAN_BUDGET_2019, "0,95% van het Bruto Binnenlands Product (BBP)")).getBasis());
		assertEquals("BBP", ((Share) factWithText(BELGIAN_GROWTH_PATH_2019, "1,01%")).getBasis(), "GDP named elsewhere in the sentence");
		assertEquals("BBP", ((Share) factWithText(DUTCH_SHARE_2020, "1,81%")).getBasis(), "bbp-percentage");
		assertNull(((Share) factWithText(BRITISH_INCREASE_2020, "10%")).getBasis(), "an increase, not a share of GDP");
		assertNull(((Share) factWithText(BELGIAN_TARGET_2020, "1,24%")).getBasis(), "the sentence does not name its basis");
	}

	@Test
	void timeReferencesCarryTheirPrecision() {
		TimeRef range = (TimeRef) factWithText(FRIGATES_2020, "2028–2029");
		assertEquals(TimePrecision.RANGE, range.getPrecision());
		assertEquals(2029, range.getEndYear());
		TimeRef fiscalYear = (TimeRef) factWithText(BRITISH_BUDGET_2021, "2021/2022");
		assertEquals(2022, fiscalYear.getEndYear());
		TimeRef date = (TimeRef) factWithText(DOI_2019, "21 mei 2019");
		assertEquals(List.of(21, 5), List.of(date.getDay(), date.getMonth()));
		TimeRef quarter = (TimeRef) factWithText(RESOLUTE_SUPPORT_2020, "het eerste kwartaal van 2021");
		assertEquals(1, quarter.getQuarter());
		assertEquals(1, ((TimeRef) factWithText(EDIDP_RESULTS_2019, "begin 2020")).getQuarter(), "begin: first quarter");
		assertEquals(4, ((TimeRef) factWithText(CSOCC_2020, "de tweede helft van 2020")).getQuarter(), "second half: ends in Q4");
		assertEquals(9, ((TimeRef) factWithText(MOUNTAIN_TRAINING_2019, "september/oktober 2020")).getMonth(), "the month it starts");
		assertEquals(3, ((TimeRef) factWithText(EDIDP_TRANCHE_2020, "Medio maart 2020")).getMonth());
	}

	@Test
	void kamerstukReferenceIsNoFact() {
		assertEquals(List.of("december 2019"), texts(INTERIM_PURPOSE), "33 279 and nr. 28 are no facts");
		assertEquals(List.of(), texts(NAVAL_GROUP_INTERIM), "27 830, nr. 280 and a date without a year");
		assertEquals(List.of("2021", "€38 miljoen"), texts(PREPOSITIONED_STOCKS_2021), "21501-28, nr. 217 is no fact");
		assertEquals(List.of("de tweede helft van 2021"), texts(TANK_BATTALION_2021), "unit numbers and a reference");
		assertEquals(List.of(), texts(NATO_PLANS_2021));
	}

	@Test
	void letterReferenceNumberIsNoYear() {
		assertEquals(List.of(), texts("Onze referentie BS2019021031"));
		assertEquals(List.of(), texts("Deze zogeheten EDIDP2020 oproep"));
	}

	@Test
	void durationsDatesWithoutYearAndNamesAreNoCounts() {
		assertEquals(List.of("2% van het BBP", "£178 miljard", "€202 miljard"), texts(SDSR15_2019), "tien jaar is a duration");
		assertEquals(List.of("£ 16,5 miljard", "10%"), texts(BRITISH_INCREASE_2020), "4 jaar is a duration");
		assertEquals(List.of("september en oktober 2020"), texts(DYNAMIC_MARINER_2020), "MARINER 20 is a name");
		assertEquals(List.of(), texts(UN_CONFERENCE_2021), "dates without a year");
		assertEquals(List.of("40 projectvoorstellen"), texts(EDIDP_PROPOSALS_2019), "14 counts nothing");
	}

	@Test
	void articleIsNoCount() {
		List<Fact> facts = extractor.extract(NRF_2020);
		assertEquals(List.of("2020", "viertal gevechtsvliegtuigen"), texts(NRF_2020), "een fregat, een onderzeeboot");
		assertInstanceOf(Count.class, facts.get(1));
	}

	@Test
	void factsAreSortedAndDoNotOverlap() {
		for (String sentence : List.of(BRITISH_BUDGET_2019, NORWEGIAN_BUDGET_2020, AMERICAN_BUDGET_2021, MINUSMA_2020, ERBIL_2020)) {
			List<Fact> facts = extractor.extract(sentence);
			for (int i = 0; i < facts.size(); i++) {
				Fact fact = facts.get(i);
				assertEquals(fact.getText(), sentence.substring(fact.getBegin(), fact.getEnd()));
				if (i > 0) {
					assertTrue(facts.get(i - 1).getEnd() <= fact.getBegin(), sentence);
				}
			}
		}
		assertEquals(List.of("2019-2020", "£39,5 miljard", "€46,2 miljard", "2,1% van het BBP", "2020", "£ 41,3 miljard",
				"€48,3 miljard", "2,1% van het BBP"), texts(BRITISH_BUDGET_2019));
	}

	private Fact factWithText(String sentence, String words) {
		return extractor.extract(sentence).stream().filter(fact -> words.equals(fact.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no fact '" + words + "' in " + texts(sentence)));
	}

	private String counted(String sentence, String words) {
		return ((Count) factWithText(sentence, words)).getCounted();
	}

	private List<String> texts(String sentence) {
		return extractor.extract(sentence).stream().map(Fact::getText).toList();
	}
}
