package yeardiff.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.compare.FactChange;
import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.StatementPair;
import yeardiff.compare.Timeline;
import yeardiff.compare.TimelineBuilder;
import yeardiff.extract.StatementEnricher;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;
import yeardiff.samples.SampleLetter;

/** Facts compared by value, not by words, and followed over the years. */
class FactChangesTest {

	@Test
	void theSameAmountWrittenOtherwiseIsNoChange() {
		StatementPair pair = pair("Het Belgische defensiebudget voor materieel bedraagt € 1,2 miljard.",
				"Het Belgische defensiebudget voor materieel bedraagt 1.200 miljoen euro.");
		assertEquals(PairStatus.REWORDED, pair.status());
		assertTrue(pair.factChanges().isEmpty(), pair.factChanges().toString());
	}

	@Test
	void anApproximateCountStaysTheSameCount() {
		StatementPair pair = pair("Ons land leverde ongeveer 270 militairen voor de eFP in Litouwen.",
				"Ons land leverde circa 270 militairen voor de eFP in Litouwen.");
		assertEquals(PairStatus.REWORDED, pair.status());
		assertTrue(pair.factChanges().isEmpty(), pair.factChanges().toString());
	}

	@Test
	void aDeliveryRangeSlipsTwoYears() {
		StatementPair pair = pair("Voorzien is dat Nederland twee nieuwe fregatten in dienst neemt in de periode 2028–2029.",
				"Voorzien is dat Nederland twee nieuwe fregatten in dienst neemt in de periode 2030–2031.");
		assertEquals(PairStatus.CHANGED, pair.status());
		FactChange slip = only(pair.factChanges());
		assertEquals("time", slip.kind());
		assertEquals("2028–2029", slip.from().text());
		assertEquals("2030–2031", slip.to().text());
		assertEquals(2.0, slip.delta());
		assertEquals("2028–2029 → 2030–2031 (+2 jaar)", slip.describe());
	}

	@Test
	void aShareOfGdpChangesInPercentagePoints() {
		StatementPair pair = pair("Dat komt neer op circa 1,1% van het BBP.", "Dat komt neer op circa 1,3% van het BBP.");
		FactChange share = only(pair.factChanges());
		assertEquals("share", share.kind());
		assertEquals(0.2, share.delta(), 1e-9);
		assertEquals("percent", share.to().unit());
		assertEquals("1,1% van het BBP → 1,3% van het BBP (+0,2 procentpunt)", share.describe());
	}

	@Test
	void britishBudgetTimelineFollowsTheRestatedPoundAmount() {
		Timeline timeline = new TimelineBuilder(new ReportComparator()).build(
				List.of(Letters.read(SampleLetter.REPORT_2020), Letters.read(SampleLetter.REPORT_2019)), "verenigd-koninkrijk", "amount");
		Timeline.Series budget = timeline.series().stream()
				.filter(series -> "GBP".equals(series.unit()) && series.points().stream().anyMatch(p -> p.text().equals("£ 41,5 miljard")))
				.findFirst().orElseThrow(() -> new AssertionError(timeline.toString()));
		assertEquals(List.of("2019", "2020"), budget.points().stream().map(Timeline.Point::report).toList());
		assertEquals("£ 41,3 miljard", budget.points().get(0).text());
		assertEquals(41.3e9, budget.points().get(0).value(), 1e3);
		assertEquals(41.5e9, budget.points().get(1).value(), 1e3);
	}

	private static FactChange only(List<FactChange> changes) {
		assertEquals(1, changes.size(), changes.toString());
		return changes.get(0);
	}

	private static StatementPair pair(String earlier, String later) {
		List<StatementPair> pairs = new ReportComparator().compare(report("2019", 2019, earlier), report("2020", 2020, later)).pairs();
		assertEquals(1, pairs.size(), pairs.toString());
		return pairs.get(0);
	}

	private static Report report(String id, int year, String text) {
		ReportFactory factory = ReportFactory.eINSTANCE;
		Report report = factory.createReport();
		report.setId(id);
		report.setYear(year);
		Section section = factory.createSection();
		section.setHeading("België en Luxemburg");
		section.setSubject(SubjectRegistry.standard().byId("belgie-luxemburg").orElseThrow().toModel());
		report.getSubjects().add(section.getSubject());
		report.getSections().add(section);
		Paragraph paragraph = factory.createParagraph();
		section.getParagraphs().add(paragraph);
		Statement statement = factory.createStatement();
		statement.setId(id + "/belgie-luxemburg/1");
		statement.setText(text);
		paragraph.getStatements().add(statement);
		new StatementEnricher().enrich(statement, year);
		return report;
	}
}
