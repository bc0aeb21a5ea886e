package yeardiff.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import yeardiff.compare.FactChange;
import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.compare.WordEdit;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;

/**
 * Pairs of statements across the real letters, each checked by reading the letters: which
 * statement of the later letter continues which of the earlier, with what status and which facts
 * changed by value.
 */
class ReportComparatorTest {

	private static final ReportComparator COMPARATOR = new ReportComparator();

	private static ReportComparison compare(SampleLetter from, SampleLetter to) {
		return COMPARATOR.compare(Letters.read(from), Letters.read(to));
	}

	private static final ReportComparison Y2019_2020 = compare(SampleLetter.REPORT_2019, SampleLetter.REPORT_2020);
	private static final ReportComparison Y2020_2021 = compare(SampleLetter.REPORT_2020, SampleLetter.REPORT_2021);
	private static final ReportComparison JUNE_DECEMBER_2019 = compare(SampleLetter.INTERIM_2019, SampleLetter.REPORT_2019);

	// --- 2019 → 2020: budgets and figures ---

	@Test
	void belgianBudgetIsAChangedAmountNotANewStatement() {
		StatementPair pair = pairFrom(Y2019_2020,
				"De Belgische defensie-uitgaven bedragen in 2019 €4,9 miljard (0,95% van het Bruto Binnenlands Product (BBP)).");
		assertEquals(PairStatus.CHANGED, pair.status());
		assertEquals("In 2020 bedroeg het Belgisch defensiebudget ongeveer € 4,76 miljard.", pair.to().getText());
		FactChange budget = change(pair, "amount");
		assertEquals("€4,9 miljard", budget.from().text());
		assertEquals("€ 4,76 miljard", budget.to().text());
		assertEquals("EUR", budget.to().unit());
		assertEquals(-0.14e9, budget.delta(), 1e3);
		assertTrue(pair.significant());
	}

	@Test
	void britishEuroEquivalentChangedWhileThePoundAmountStayed() {
		StatementPair pair = pairFrom(Y2019_2020, "In de SDSR15 staat dat het Verenigd Koninkrijk ten minste 2% van het BBP zal blijven");
		assertEquals(PairStatus.CHANGED, pair.status());
		assertTrue(pair.to().getText().contains("£ 178 miljard (ongeveer € 198 miljard)"), pair.to().getText());
		assertEquals(1, pair.factChanges().size(), pair.factChanges().toString());
		FactChange euro = pair.factChanges().get(0);
		assertEquals("€202 miljard", euro.from().text());
		assertEquals("€ 198 miljard", euro.to().text());
		assertEquals(-4e9, euro.delta(), 1e3);
	}

	@Test
	void britishBudgetPairsTheNearestPoundAmount() {
		StatementPair pair = pairFrom(Y2019_2020, "De Britse defensiebegroting bedraagt in 2019-2020 £39,5 miljard");
		assertEquals(PairStatus.CHANGED, pair.status());
		assertEquals("Dit bedrag komt boven het huidige defensiebudget van £ 41,5 miljard, tevens 2,1% van het BBP.",
				pair.to().getText());
		FactChange pounds = pair.factChanges().stream().filter(c -> c.from() != null && c.to() != null && "GBP".equals(c.to().unit()))
				.findFirst().orElseThrow();
		assertEquals("£ 41,3 miljard", pounds.from().text());
		assertEquals("£ 41,5 miljard", pounds.to().text());
		assertEquals(0.2e9, pounds.delta(), 1e3);
	}

	@Test
	void vjtfContributionChangedWithTheShipsAndAircraftCounted() {
		StatementPair pair = pairFrom(Y2019_2020,
				"Dit betrof transportcapaciteit en gevechtsvliegtuigen voor het snelst inzetbare deel van de NRF, de Very high readiness Joint Task Force (VJTF).");
		assertEquals(PairStatus.CHANGED, pair.status());
		assertEquals(
				"Dit betrof in 2020 een viertal gevechtsvliegtuigen, een fregat en een onderzeeboot voor het snelst inzetbare deel van de NRF, de Very high readiness Joint Task Force (VJTF).",
				pair.to().getText());
		assertTrue(pair.factChanges().stream().anyMatch(c -> "count".equals(c.kind()) && c.from() == null),
				pair.factChanges().toString());
	}

	// --- 2019 → 2020: the same words ---

	@Test
	void unchangedStatementsAreUnchanged() {
		for (String text : List.of("Tevens geef ik een toelichting op de samenwerking in EU-, NAVO- en VN-verband.",
				"De Strategic Defence and Security Review 2015 (SDSR15) is nog altijd de leidraad voor de ontwikkeling van de Britse krijgsmacht.",
				"Nederland legt daarbij de nadruk op militaire mobiliteit, capaciteitsopbouw in derde landen, oefeningen, cyber en hybride dreigingen.")) {
			StatementPair pair = pairFrom(Y2019_2020, text);
			assertEquals(PairStatus.UNCHANGED, pair.status(), text);
			assertEquals(text, pair.to().getText());
			assertTrue(pair.factChanges().isEmpty());
			assertTrue(pair.wordDiff().stream().allMatch(edit -> edit.kind() == WordEdit.Kind.EQUAL));
		}
	}

	@Test
	void eFPContributionIsRewordedAndTheTroopNumberDidNotChange() {
		StatementPair pair = pairFrom(Y2019_2020, "Ons land leverde ongeveer 270 militairen voor de Enhanced Forward Presence in Litouwen.");
		assertEquals(PairStatus.REWORDED, pair.status());
		assertEquals("Ons land leverde ongeveer 270 militairen voor de enhanced Forward Presence (eFP) in Litouwen.",
				pair.to().getText());
		assertTrue(pair.factChanges().isEmpty(), pair.factChanges().toString());
	}

	@Test
	void eachReportsOwnYearIsTheSameTimeNotAChange() {
		StatementPair pair = pairFrom(Y2019_2020, "In 2019 zijn verdere stappen gezet ter verbetering van EU-NAVO samenwerking.");
		assertEquals(PairStatus.REWORDED, pair.status());
		assertEquals("In 2020 zijn verdere stappen gezet ter verbetering van EU-NAVO samenwerking.", pair.to().getText());
		assertTrue(pair.factChanges().isEmpty(), pair.factChanges().toString());
		assertEquals(List.of(new WordEdit(WordEdit.Kind.EQUAL, "In "), new WordEdit(WordEdit.Kind.DELETE, "2019"),
				new WordEdit(WordEdit.Kind.INSERT, "2020"),
				new WordEdit(WordEdit.Kind.EQUAL, " zijn verdere stappen gezet ter verbetering van EU-NAVO samenwerking.")),
				pair.wordDiff());
	}

	@Test
	void rewordedIntroductionAndNatoStatements() {
		assertPair(Y2019_2020, "Hierbij informeer ik u over de stand van zaken van de internationale militaire samenwerking.",
				PairStatus.REWORDED,
				"Hierbij informeer ik u, mede namens de Staatssecretaris van defensie, over de stand van zaken van de internationale militaire samenwerking.");
		assertPair(Y2019_2020,
				"Nederland pleit in de samenwerking voor tastbare resultaten en ziet de bestaande 74 samenwerkingsvoorstellen in dat kader graag nader geprioriteerd.",
				PairStatus.REWORDED,
				"Nederland pleit in de samenwerking nog altijd voor tastbare resultaten en ziet de bestaande 74 samenwerkingsvoorstellen in dat kader graag nader geprioriteerd.");
	}

	// --- 2019 → 2020: moves ---

	@Test
	void skjoldTrainingPlannedFromJanuary2020IsReportedUnderWayInTheNorwegianSection() {
		// In the 2019 extraction the page with the heading "Noorwegen" is missing; the text after the
		// gap is about Norway, so the importer files it under Noorwegen all the same, as 2020 does.
		// 2019 announces training from Skjold "vanaf januari 2020"; 2020 reports it "sinds januari
		// 2020": the claim changed from a plan to what happens.
		StatementPair pair = pairFrom(Y2019_2020,
				"De Joint Arctic Training (koudweertraining) van het Nederlandse Korps Mariniers vindt jaarlijks in Noord-Noorwegen plaats en vanaf januari 2020 wordt vanaf de locatie Skjold getraind.");
		assertEquals(PairStatus.CHANGED, pair.status());
		assertTrue(pair.commitmentChanged());
		assertFalse(pair.moved());
		assertTrue(pair.to().getText().contains("waarbij sinds januari 2020 vanaf de locatie Skjold wordt getraind"));
		assertEquals("noorwegen", sectionOf(Y2019_2020, pair).partner());
	}

	@Test
	void mountainTrainingPlanBecameAReportedFactAndItsCommitmentWentAway() {
		// "zal uitvoeren" (2019) became "heeft ... succesvol uitgevoerd" (2020): a changed claim.
		StatementPair pair = pairFrom(Y2019_2020,
				"Met het oog op het intensiveren van de samenwerking met de Noren en een efficiënt gebruik van de Noorse trainingsfaciliteiten, is nu tevens voorzien dat het Korps Mariniers zijn jaarlijkse bergtraining in september/oktober 2020 in Noorwegen zal uitvoeren.");
		assertEquals(PairStatus.CHANGED, pair.status());
		assertNotNull(pair.from().getCommitment(), "the 2019 plan is no commitment");
		assertTrue(pair.to().getText().endsWith("heeft het Korps Mariniers ook zijn jaarlijkse bergtraining in september en oktober 2020 succesvol in Noorwegen uitgevoerd."),
				pair.to().getText());
		assertTrue(pair.commitmentChanged());
		assertTrue(pair.significant());
	}

	// --- 2019 → 2020: new and dropped ---

	@Test
	void theMountainTrainingPromisedInJuneAndAgainInDecember2019IsNoChange() {
		// Both 2019 letters say the marines will hold the training in September/October 2020: the same promise.
		StatementPair pair = only(JUNE_DECEMBER_2019,
				candidate -> candidate.from() != null && candidate.from().getText().contains("bergtraining in september/oktober 2020 in Noorwegen zal uitvoeren"),
				"the June 2019 mountain training");
		assertNotNull(pair.to(), "the December restatement is not paired");
		assertTrue(pair.to().getText().contains("bergtraining in september/oktober 2020 in Noorwegen zal uitvoeren"), pair.to().getText());
		assertFalse(pair.commitmentChanged());
		assertFalse(pair.status() == PairStatus.CHANGED, pair.status().toString());
	}

	@Test
	void newStatementsOf2020() {
		for (String text : List.of("Luitenant admiraal Bauer zal de functie per juni 2021 voor drie jaar bekleden.",
				"De nieuwe mijnenbestrijdingsvaartuigen zullen instromen vanaf 2024.",
				"Op 19 november kondigde de Britse premier aan dat er in de komende 4 jaar £ 16,5 miljard (verhoging van 10%) in de Britse Defensie wordt gestoken.")) {
			StatementPair pair = pairTo(Y2019_2020, text);
			assertEquals(PairStatus.NEW, pair.status(), text);
			assertNull(pair.from());
		}
	}

	@Test
	void droppedStatementsOf2019() {
		for (String text : List.of("Reeds goedgekeurde projecten lopen door, maar er kunnen geen nieuwe projecten worden gestart.",
				"Dit programma voorziet in een groei van het budget met £1,8 miljard (ongeveer €2,1 miljard).",
				"Zo heeft België sinds september weer een residerende defensieattaché geplaatst in Den Haag.")) {
			StatementPair pair = pairFrom(Y2019_2020, text);
			assertEquals(PairStatus.DROPPED, pair.status(), text);
			assertNull(pair.to());
		}
	}

	// --- 2020 → 2021 ---

	@Test
	void americanBudgetIsAChangedAmountInDollars() {
		StatementPair pair = pairFrom(Y2020_2021,
				"De defensiebegroting van de Verenigde Staten, de National Defense Authorization Act, bedroeg $ 738 miljard in het begrotingsjaar 2020, dat loopt van oktober 2019 t/m oktober 2020.");
		assertEquals(PairStatus.CHANGED, pair.status());
		assertTrue(pair.to().getText().startsWith("Het Amerikaanse defensiebudget bedroeg in 2021 732 miljard US dollar"));
		FactChange dollars = pair.factChanges().stream().filter(c -> c.from() != null && c.to() != null && "USD".equals(c.to().unit()))
				.findFirst().orElseThrow();
		assertEquals("$ 738 miljard", dollars.from().text());
		assertEquals("732 miljard US dollar", dollars.to().text());
		assertEquals(-6e9, dollars.delta(), 1e3);
	}

	@Test
	void chairOfTheMilitaryCommitteeWasPlannedThenReportedDone() {
		// Planned ("zal ... bekleden", in the NATO section of 2020) and reported done ("is ... begonnen",
		// elsewhere in 2021): a changed claim that also moved.
		StatementPair pair = pairFrom(Y2020_2021, "Luitenant admiraal Bauer zal de functie per juni 2021 voor drie jaar bekleden.");
		assertEquals(PairStatus.CHANGED, pair.status());
		assertTrue(pair.moved());
		assertEquals(
				"Verder is in juni 2021 luitenant-admiraal Rob Bauer begonnen als voorzitter van het NAVO Militair Comité, voor een functieduur van drie jaar.",
				pair.to().getText());
		assertTrue(pair.commitmentChanged());
	}

	@Test
	void unMissionsRewordedAcrossSections() {
		StatementPair pair = pairFrom(Y2020_2021, "In 2020 heeft Nederland bijgedragen aan de VN-missies UNDOF, UNTSO, UNIFIL en MINUSMA.");
		assertEquals(PairStatus.MOVED, pair.status());
		assertEquals("Tot slot leverde het Koninkrijk in 2021 een militaire bijdrage aan de VN-missies MINUSMA, UNIFIL, UNDOF en UNTSO.",
				pair.to().getText());
	}

	@Test
	void frameworkTreatyWithTheUnitedStatesIsNotRestatedIn2021() {
		StatementPair pair = pairFrom(Y2020_2021,
				"Het Raamverdrag tussen het Koninkrijk der Nederlanden en de Verenigde Staten van Amerika op het gebied van defensieaangelegenheden dat in juli 2018 werd getekend, is (na ratificatie in het afgelopen jaar) op 1 november 2020 in werking getreden.");
		assertEquals(PairStatus.DROPPED, pair.status());
	}

	@Test
	void budgetsOfDifferentPartnersAreNeverPaired() {
		StatementPair belgian = pairFrom(Y2020_2021, "In 2020 bedroeg het Belgisch defensiebudget ongeveer € 4,76 miljard.");
		assertEquals(PairStatus.DROPPED, belgian.status(), () -> String.valueOf(belgian.to()));
	}

	// --- June 2019 interim letter → December 2019 report ---

	@Test
	void interimLetterToYearlyReport() {
		// The interim letter's page 3 starts with the tail of a paragraph on the TEN programme that
		// names no partner, so it stays under België en Luxemburg; the December report's text on
		// Germany, missing pages before it too, names Germany throughout and is filed under it.
		assertPair(JUNE_DECEMBER_2019,
				"Dit TEN-programma schept randvoorwaarden voor (inter)nationale interoperabiliteit en informatiegestuurd optreden en creëert mogelijkheden voor gezamenlijke standaarden, oplossingen en mogelijke verwerving.",
				PairStatus.MOVED,
				"Dit TEN-programma schept randvoorwaarden voor (inter)nationale interoperabiliteit en informatiegestuurd optreden en creëert mogelijkheden voor gezamenlijke standaarden, oplossingen en mogelijke verwerving.");
		assertPair(JUNE_DECEMBER_2019,
				"Ondanks het aanstaande vertrek van het Verenigd Koninkrijk uit de Europese Unie, blijven het Verenigd Koninkrijk en Nederland op defensiegebied nauw samenwerken, waaronder in NAVO-verband en op bilaterale basis.",
				PairStatus.REWORDED,
				"Ondanks het aanstaande vertrek van het Verenigd Koninkrijk uit de Europese Unie, blijven het Verenigd Koninkrijk en Nederland op defensiegebied nauw samenwerken, waaronder in NAVO-verband, in multilaterale fora en op bilaterale basis.");
		StatementPair mountain = pairFrom(JUNE_DECEMBER_2019,
				"Met het oog op het intensiveren van de samenwerking met de Noren en een efficiënt gebruik van de Noorse trainingsfaciliteiten, is nu tevens voorzien dat het Korps Mariniers zijn jaarlijkse bergtraining");
		assertEquals(PairStatus.UNCHANGED, mountain.status());
		assertEquals(mountain.from().getText(), mountain.to().getText());
	}

	// --- every statement exactly once ---

	@Test
	void everyStatementIsInExactlyOnePair() {
		check(Y2019_2020, SampleLetter.REPORT_2019, SampleLetter.REPORT_2020);
		check(Y2020_2021, SampleLetter.REPORT_2020, SampleLetter.REPORT_2021);
		check(JUNE_DECEMBER_2019, SampleLetter.INTERIM_2019, SampleLetter.REPORT_2019);
	}

	private static void check(ReportComparison comparison, SampleLetter from, SampleLetter to) {
		Map<Statement, Integer> seenFrom = new HashMap<>();
		Map<Statement, Integer> seenTo = new HashMap<>();
		for (StatementPair pair : comparison.pairs()) {
			List<Statement> earlier = new ArrayList<>(pair.alsoFrom());
			List<Statement> later = new ArrayList<>(pair.alsoTo());
			if (pair.from() != null) {
				earlier.add(pair.from());
			}
			if (pair.to() != null) {
				later.add(pair.to());
			}
			earlier.forEach(s -> seenFrom.merge(s, 1, Integer::sum));
			later.forEach(s -> seenTo.merge(s, 1, Integer::sum));
			assertEquals(pair.from() == null, pair.status() == PairStatus.NEW);
			assertEquals(pair.to() == null, pair.status() == PairStatus.DROPPED);
		}
		assertEveryStatementOnce(Letters.read(from), seenFrom);
		assertEveryStatementOnce(Letters.read(to), seenTo);
	}

	private static void assertEveryStatementOnce(Report report, Map<Statement, Integer> seen) {
		int statements = 0;
		for (var contents = report.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Statement statement) {
				statements++;
				assertEquals(Integer.valueOf(1), seen.get(statement), statement.getId());
			}
		}
		assertEquals(statements, seen.size());
	}

	// --- helpers ---

	private static void assertPair(ReportComparison comparison, String from, PairStatus status, String to) {
		StatementPair pair = pairFrom(comparison, from);
		assertEquals(status, pair.status(), from);
		assertNotNull(pair.to(), from);
		assertEquals(to, pair.to().getText());
	}

	/** The pair whose earlier statement is, or begins with, {@code text}; there must be exactly one. */
	private static StatementPair pairFrom(ReportComparison comparison, String text) {
		return only(comparison, pair -> pair.from() != null && pair.from().getText().startsWith(text), text);
	}

	private static StatementPair pairTo(ReportComparison comparison, String text) {
		return only(comparison, pair -> pair.to() != null && pair.to().getText().startsWith(text), text);
	}

	private static StatementPair only(ReportComparison comparison, java.util.function.Predicate<StatementPair> test, String text) {
		List<StatementPair> found = comparison.pairs().stream().filter(test).toList();
		if (found.size() != 1) {
			fail(found.size() + " pairs for: " + text);
		}
		return found.get(0);
	}

	private static SectionComparison sectionOf(ReportComparison comparison, StatementPair pair) {
		Optional<SectionComparison> section = comparison.sections().stream().filter(s -> s.pairs().contains(pair)).findFirst();
		assertFalse(section.isEmpty());
		return section.get();
	}

	private static FactChange change(StatementPair pair, String kind) {
		return pair.factChanges().stream().filter(c -> kind.equals(c.kind()) && c.from() != null && c.to() != null).findFirst()
				.orElseThrow(() -> new AssertionError("no " + kind + " change in " + pair.factChanges()));
	}
}
