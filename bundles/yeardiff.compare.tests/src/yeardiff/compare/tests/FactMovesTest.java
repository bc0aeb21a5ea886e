package yeardiff.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.compare.FactMove;
import yeardiff.compare.FactMoves;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.Timeline;
import yeardiff.compare.TimelineBuilder;
import yeardiff.samples.SampleLetter;

/**
 * Which numbers moved, on the real letters, and timelines by measure and period.
 */
@SuppressWarnings("nls")
class FactMovesTest {

	@Test
	void belgianBudgetAndShareOfGdpMoveFrom2019To2020() {
		List<FactMove> moves = moves(SampleLetter.REPORT_2019, SampleLetter.REPORT_2020, "belgie-luxemburg");
		FactMove budget = move(moves, "defence-budget", "€4,9 miljard", "€ 4,76 miljard");
		assertEquals("EUR", budget.unit());
		assertEquals(4.9e9, budget.from().value(), 1);
		assertEquals("2019", budget.from().period());
		assertEquals(4.76e9, budget.to().value(), 1);
		assertEquals("2020", budget.to().period());
		assertEquals(-0.14e9, budget.delta(), 1e3);
		FactMove share = move(moves, "gdp-share", "0,95% van het Bruto Binnenlands Product (BBP)", "1,1% van het BBP");
		assertEquals("percent", share.unit());
		assertEquals(0.15, share.delta(), 1e-9);
		assertEquals("2019", share.from().period());
		assertEquals("2020", share.to().period());
		// the growth path's target, in sentences the comparison does not pair
		FactMove path = move(moves, "gdp-share", "1,19%", "1,24%");
		assertEquals("2023-2024", path.from().period());
		assertEquals("2025", path.to().period());
		// the forecast for 2020 against what 2020 brought
		FactMove forecast = move(moves, "gdp-share", "1,01%", "1,1% van het BBP");
		assertEquals("2020", forecast.from().period());
	}

	@Test
	void budgetGivenInAdvanceIsRevisedForItsYear() {
		List<FactMove> moves = moves(SampleLetter.REPORT_2019, SampleLetter.REPORT_2020, "verenigd-koninkrijk");
		FactMove revision = move(moves, "defence-budget", "£ 41,3 miljard", "£ 41,5 miljard");
		assertEquals("2020", revision.from().period());
		assertEquals("2020", revision.to().period());
		assertEquals(0.2e9, revision.delta(), 1e3);
		FactMove headline = move(moves, "defence-budget", "£39,5 miljard", "£ 41,5 miljard");
		assertEquals("2019/2020", headline.from().period());
		assertFalse(moves.stream().anyMatch(m -> m.measure().startsWith("gdp-share") && m.from() != null && m.to() != null
				&& m.from().value() == m.to().value()), "an unchanged share is no move: " + moves);
	}

	@Test
	void budgetForALaterYearIsFiledUnderThatYear() {
		Timeline timeline = new TimelineBuilder(new ReportComparator()).build(
				List.of(Letters.read(SampleLetter.REPORT_2019), Letters.read(SampleLetter.REPORT_2020), Letters.read(SampleLetter.REPORT_2021)),
				"verenigd-koninkrijk", null);
		Timeline.Series pounds = timeline.series().stream()
				.filter(series -> "defence-budget".equals(series.measure()) && "GBP".equals(series.unit())
						&& series.points().stream().anyMatch(point -> "£ 41,3 miljard".equals(point.text())))
				.findFirst().orElseThrow(() -> new AssertionError(timeline.toString()));
		Timeline.Point given = pounds.points().stream().filter(point -> "£ 41,3 miljard".equals(point.text())).findFirst().orElseThrow();
		assertEquals("2019", given.report());
		assertEquals("2020", given.period(), "the 2019 letter's budget for 2020");
		assertFalse(given.revision());
		Timeline.Point restated = pounds.points().stream().filter(point -> "£ 41,5 miljard".equals(point.text())).findFirst().orElseThrow();
		assertEquals("2020", restated.report());
		assertEquals("2020", restated.period());
		assertTrue(restated.revision(), "the 2020 letter revises the point for 2020");
		assertTrue(pounds.label().contains("defensiebudget"), pounds.label());
		for (Timeline.Series series : timeline.series()) {
			assertNotNull(series.measure(), series.toString());
			assertFalse(series.label().contains("komende tien jaar"), "named for what it measures: " + series.label());
		}
	}

	@Test
	void norwegianBudgetForNextYearIsFiledUnderNextYear() {
		Timeline timeline = new TimelineBuilder(new ReportComparator()).build(List.of(Letters.read(SampleLetter.REPORT_2020)), "noorwegen",
				"amount");
		Timeline.Point point = timeline.series().stream().filter(series -> "defence-budget".equals(series.measure()) && "NOK".equals(series.unit()))
				.flatMap(series -> series.points().stream()).findFirst().orElseThrow(() -> new AssertionError(timeline.toString()));
		assertEquals("64,5 miljard NOK", point.text());
		assertEquals(2020, point.year());
		assertEquals("2021", point.period());
	}

	@Test
	void missionPersonnelIsOneSeriesHoweverTheMissionIsWritten() {
		// "Enhanced Forward Presence" in 2019, "enhanced Forward Presence (eFP)" in 2020
		Timeline timeline = new TimelineBuilder(new ReportComparator()).build(
				List.of(Letters.read(SampleLetter.REPORT_2019), Letters.read(SampleLetter.REPORT_2020)), "inzet-krijgsmacht", "count");
		Timeline.Series efp = timeline.series().stream().filter(series -> series.measure().startsWith("personnel:")
				&& series.points().stream().anyMatch(point -> point.text().equals("270 militairen"))).findFirst()
				.orElseThrow(() -> new AssertionError(timeline.toString()));
		assertEquals(List.of("2019", "2020"), efp.points().stream().filter(point -> point.value() == 270).map(Timeline.Point::report).toList());
		assertTrue(efp.label().contains("Forward Presence"), efp.label());
		// the same 270 in both letters: no move
		assertFalse(moves(SampleLetter.REPORT_2019, SampleLetter.REPORT_2020, "inzet-krijgsmacht").stream()
				.anyMatch(m -> m.measure().startsWith("personnel:") && m.from() != null && m.to() != null && m.from().value() == 270),
				"270 → 270 is no move");
	}

	private static List<FactMove> moves(SampleLetter from, SampleLetter to, String partner) {
		SectionComparison section = new ReportComparator().compare(Letters.read(from), Letters.read(to)).section(partner)
				.orElseThrow(() -> new AssertionError(partner));
		return FactMoves.of(section);
	}

	private static FactMove move(List<FactMove> moves, String measure, String fromText, String toText) {
		return moves.stream()
				.filter(m -> m.measure().equals(measure) && m.from() != null && m.to() != null && m.from().text().equals(fromText)
						&& m.to().text().equals(toText))
				.findFirst().orElseThrow(() -> new AssertionError(measure + " " + fromText + " → " + toText + " among " + moves));
	}
}
