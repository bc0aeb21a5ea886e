package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

import yeardiff.extract.FactMeasures;
import yeardiff.extract.StatementEnricher;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Measure;
import yeardiff.model.api.MeasureKind;
import yeardiff.model.api.PeriodBound;
import yeardiff.model.api.PeriodKind;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;

/**
 * Periods and measures read from the words around a value: fiscal years, "in 2020", "tegen 2030",
 * "per juni 2021", a budget a letter gives for a later year, and measures read for a fact that was
 * stored without one (a report saved by model 1.0).
 */
@SuppressWarnings("nls")
class FactMeasuresTest {

	private final StatementEnricher enricher = new StatementEnricher();

	@Test
	void fiscalYearWrittenWithAHyphen() {
		Measure measure = measure("De Britse defensiebegroting bedraagt in 2019-2020 £39,5 miljard.", 2019, "£39,5 miljard");
		assertEquals(MeasureKind.DEFENCE_BUDGET, measure.getKind());
		assertEquals(PeriodKind.FISCAL_YEAR, measure.getPeriod().getKind());
		assertEquals(2019, measure.getPeriod().getYear());
		assertEquals(2020, measure.getPeriod().getEndYear());
		assertEquals("2019/2020", FactMeasures.period(measure));
	}

	@Test
	void fiscalYearWrittenWithASlash() {
		Measure measure = measure("Het Britse defensiebudget kwam in begrotingsjaar 2021/2022 neer op 46 miljard pond.", 2021, "46 miljard pond");
		assertEquals(PeriodKind.FISCAL_YEAR, measure.getPeriod().getKind());
		assertEquals("2021/2022", FactMeasures.period(measure));
	}

	@Test
	void rangeOfYearsThatIsNoFiscalYear() {
		Measure measure = measure("Voorzien is dat Nederland twee nieuwe fregatten in dienst neemt in de periode 2028–2029.", 2020,
				"twee nieuwe fregatten");
		assertEquals(PeriodKind.RANGE, measure.getPeriod().getKind());
		assertEquals("2028-2029", FactMeasures.period(measure));
	}

	@Test
	void inAYear() {
		Measure measure = measure("In 2020 bedroeg het Belgisch defensiebudget ongeveer € 4,76 miljard.", 2020, "€ 4,76 miljard");
		assertEquals(MeasureKind.DEFENCE_BUDGET, measure.getKind());
		assertEquals("2020", FactMeasures.period(measure));
		assertEquals(PeriodBound.WITHIN, measure.getPeriod().getBound());
	}

	@Test
	void byAYear() {
		Measure measure = measure("In deze visie staat dat de Belgische defensie-uitgaven tegen 2030 tot 1,3% van het BBP moeten stijgen.", 2019,
				"1,3% van het BBP");
		assertEquals(MeasureKind.GDP_SHARE, measure.getKind());
		assertEquals("2030", FactMeasures.period(measure));
		assertEquals(PeriodBound.BY, measure.getPeriod().getBound());
	}

	@Test
	void fromAMonth() {
		Measure measure = measure("Per juni 2021 levert Nederland ongeveer 120 militairen aan de missie.", 2020, "120 militairen");
		assertEquals(MeasureKind.PERSONNEL, measure.getKind());
		assertEquals(PeriodKind.MONTH, measure.getPeriod().getKind());
		assertEquals(PeriodBound.FROM, measure.getPeriod().getBound());
		assertEquals("2021-06", FactMeasures.period(measure));
	}

	@Test
	void budgetGivenForALaterYearIsForThatYear() {
		String text = "De Britse defensiebegroting bedraagt in 2019-2020 £39,5 miljard (ongeveer €46,2 miljard, 2,1% van het BBP) "
				+ "en stijgt in 2020 naar £ 41,3 miljard (ongeveer €48,3 miljard, 2,1% van het BBP).";
		Measure later = measure(text, 2019, "£ 41,3 miljard");
		assertEquals(MeasureKind.DEFENCE_BUDGET, later.getKind());
		assertEquals("2020", FactMeasures.period(later));
		Measure inEuros = measure(text, 2019, "€48,3 miljard");
		assertEquals(MeasureKind.DEFENCE_BUDGET, inEuros.getKind());
		assertEquals("2020", FactMeasures.period(inEuros));
		assertEquals("2019/2020", FactMeasures.period(measure(text, 2019, "€46,2 miljard")));
	}

	@Test
	void yearOfReferenceIsNotThePeriod() {
		Measure measure = measure("Dat is ten opzichte van 2019 een ophoging van ongeveer € 0,5 miljard.", 2020, "€ 0,5 miljard");
		assertEquals(MeasureKind.BUDGET_CHANGE, measure.getKind());
		assertEquals("2020", FactMeasures.period(measure));
		Measure lastYear = measure("Volgens de NAVO zal Frankrijk dit jaar dus 2,11% van zijn BBP besteden aan defensie, tegen 1,83% vorig jaar.",
				2020, "1,83%");
		assertEquals("2019", FactMeasures.period(lastYear));
	}

	@Test
	void changeAndLevelInOneSentence() {
		String text = "Het Amerikaanse defensiebudget bedroeg in 2021 732 miljard US dollar (3,6% BBP) en in 2022 stijgt het budget met 36 miljard USD naar een totaal van 768 miljard USD.";
		assertEquals("defence-budget", FactMeasures.name(measure(text, 2021, "732 miljard US dollar")));
		assertEquals("budget-change", FactMeasures.name(measure(text, 2021, "36 miljard USD")));
		Measure total = measure(text, 2021, "768 miljard USD");
		assertEquals("defence-budget", FactMeasures.name(total));
		assertEquals("2022", FactMeasures.period(total));
	}

	@Test
	void personnelOfANamedMission() {
		Measure measure = measure("Ons land leverde ongeveer 270 militairen voor de Enhanced Forward Presence in Litouwen.", 2019, "270 militairen");
		assertEquals("personnel:Enhanced Forward Presence", FactMeasures.name(measure));
	}

	@Test
	void measureOfAFactStoredWithoutOneIsReadFromItsStatement() {
		Report report = ReportFactory.eINSTANCE.createReport();
		report.setYear(2019);
		var section = ReportFactory.eINSTANCE.createSection();
		var paragraph = ReportFactory.eINSTANCE.createParagraph();
		Statement statement = statement("De Britse defensiebegroting bedraagt in 2019-2020 £39,5 miljard en stijgt in 2020 naar £ 41,3 miljard.", 2019);
		statement.getFacts().forEach(fact -> fact.setMeasure(null));
		paragraph.getStatements().add(statement);
		section.getParagraphs().add(paragraph);
		report.getSections().add(section);
		Fact later = fact(statement, "£ 41,3 miljard");
		Measure read = FactMeasures.of(later);
		assertEquals(MeasureKind.DEFENCE_BUDGET, read.getKind());
		assertEquals("2020", FactMeasures.period(read));
		assertEquals(null, later.getMeasure(), "reading a report does not change it");
	}

	private Measure measure(String text, int reportYear, String factText) {
		Fact fact = fact(statement(text, reportYear), factText);
		return fact.getMeasure();
	}

	private Statement statement(String text, int reportYear) {
		Statement statement = ReportFactory.eINSTANCE.createStatement();
		statement.setId("s");
		statement.setText(text);
		enricher.enrich(statement, reportYear);
		return statement;
	}

	private static Fact fact(Statement statement, String text) {
		Fact found = statement.getFacts().stream().filter(fact -> text.equals(fact.getText())).findFirst().orElse(null);
		assertNotNull(found, text + " among " + statement.getFacts().stream().map(Fact::getText).toList());
		return found;
	}
}
