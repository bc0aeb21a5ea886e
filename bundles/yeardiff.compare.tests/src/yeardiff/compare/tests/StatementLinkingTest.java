package yeardiff.compare.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.StatementPair;
import yeardiff.compare.internal.Assignment;
import yeardiff.extract.StatementEnricher;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;

/**
 * Statement linking as a whole: the pairing is a maximum-weight assignment (not first come, first
 * served), sentences split or merged pair one-to-many, and every pair says how sure it is.
 */
class StatementLinkingTest {

	@Test
	void theGlobalOptimumBeatsTheGreedyPairing() {
		// Greedy takes the single best cell (0.9) and is left with 0.1; the best pairing takes the
		// two 0.8 cells.
		double[][] weights = { { 0.9, 0.8 }, { 0.8, 0.1 } };
		int[] assigned = Assignment.maximise(weights);
		assertArrayEquals(new int[] { 1, 0 }, assigned);
		assertEquals(1.6, weights[0][assigned[0]] + weights[1][assigned[1]], 1e-9);
		assertTrue(greedyTotal(weights) < 1.6);
	}

	@Test
	void aForbiddenCellIsNeverPairedAndRectangularMatricesWork() {
		double[][] weights = { { 0, 0.5, 0 }, { 0.4, 0.6, 0 } };
		assertArrayEquals(new int[] { 1, 0 }, Assignment.maximise(weights));
		double[][] tall = { { 0.7 }, { 0.9 }, { 0 } };
		assertArrayEquals(new int[] { -1, 0, -1 }, Assignment.maximise(tall));
		assertArrayEquals(new int[] { -1, -1 }, Assignment.maximise(new double[][] { { 0, 0 }, { 0, 0 } }));
	}

	@Test
	void theAssignmentIsOptimalOnRandomMatrices() {
		java.util.Random random = new java.util.Random(20191212);
		for (int round = 0; round < 200; round++) {
			int rows = 1 + random.nextInt(5);
			int columns = 1 + random.nextInt(5);
			double[][] weights = new double[rows][columns];
			for (double[] row : weights) {
				for (int j = 0; j < columns; j++) {
					row[j] = random.nextDouble() < 0.3 ? 0 : random.nextDouble();
				}
			}
			int[] assigned = Assignment.maximise(weights);
			double total = 0;
			java.util.Set<Integer> used = new java.util.HashSet<>();
			for (int i = 0; i < rows; i++) {
				if (assigned[i] >= 0) {
					assertTrue(weights[i][assigned[i]] > 0);
					assertTrue(used.add(Integer.valueOf(assigned[i])));
					total += weights[i][assigned[i]];
				}
			}
			assertEquals(bruteForce(weights, 0, new boolean[columns]), total, 1e-9);
		}
	}

	@Test
	void statementsArePairedForTheBestWholeNotTheFirstBestPair() {
		// The 2020 budget sentence looks most like the 2019 budget sentence, but the 2019 sentence
		// about the share of GDP has nothing else to pair with: the pairing that serves both wins.
		Report earlier = report("2019", 2019, "De Belgische defensie-uitgaven bedragen in 2019 €4,9 miljard en stijgen naar 1,01% van het BBP.",
				"Het Belgische defensiebudget stijgt naar 1,19% van het BBP.");
		Report later = report("2020", 2020, "Het Belgische defensiebudget bedraagt in 2020 € 4,76 miljard en stijgt naar 1,24% van het BBP.",
				"In 2020 bedroeg het Belgische defensiebudget ongeveer € 4,76 miljard.");
		List<StatementPair> pairs = new ReportComparator().compare(earlier, later).pairs();
		assertEquals(2, pairs.size(), pairs.toString());
		StatementPair budget = pairOf(pairs, "De Belgische defensie-uitgaven bedragen");
		assertEquals("In 2020 bedroeg het Belgische defensiebudget ongeveer € 4,76 miljard.", budget.to().getText());
		StatementPair share = pairOf(pairs, "Het Belgische defensiebudget stijgt naar 1,19%");
		assertEquals("Het Belgische defensiebudget bedraagt in 2020 € 4,76 miljard en stijgt naar 1,24% van het BBP.",
				share.to().getText());
		for (StatementPair pair : pairs) {
			assertTrue(pair.confidence() > 0 && pair.confidence() <= 1, pair.toString());
		}
	}

	@Test
	void aSentenceSplitInTwoPairsWithBothParts() {
		Report earlier = report("2019", 2019,
				"België en Nederland vervangen samen de M-fregatten en schaffen twaalf nieuwe mijnenbestrijdingsvaartuigen aan.");
		Report later = report("2020", 2020, "België en Nederland vervangen samen de M-fregatten.",
				"Beide landen schaffen twaalf nieuwe mijnenbestrijdingsvaartuigen aan.");
		List<StatementPair> pairs = new ReportComparator().compare(earlier, later).pairs();
		assertEquals(1, pairs.size(), pairs.toString());
		StatementPair pair = pairs.get(0);
		assertEquals("België en Nederland vervangen samen de M-fregatten.", pair.to().getText());
		assertEquals(List.of("Beide landen schaffen twaalf nieuwe mijnenbestrijdingsvaartuigen aan."),
				pair.alsoTo().stream().map(Statement::getText).toList());
		assertEquals(PairStatus.REWORDED, pair.status());
	}

	@Test
	void twoSentencesMergedIntoOnePairWithBoth() {
		Report earlier = report("2019", 2019, "België en Nederland vervangen samen de M-fregatten.",
				"Beide landen schaffen twaalf nieuwe mijnenbestrijdingsvaartuigen aan.");
		Report later = report("2020", 2020,
				"België en Nederland vervangen samen de M-fregatten en schaffen twaalf nieuwe mijnenbestrijdingsvaartuigen aan.");
		List<StatementPair> pairs = new ReportComparator().compare(earlier, later).pairs();
		assertEquals(1, pairs.size(), pairs.toString());
		StatementPair pair = pairs.get(0);
		assertEquals(List.of("Beide landen schaffen twaalf nieuwe mijnenbestrijdingsvaartuigen aan."),
				pair.alsoFrom().stream().map(Statement::getText).toList());
		assertEquals("België en Nederland vervangen samen de M-fregatten en schaffen twaalf nieuwe mijnenbestrijdingsvaartuigen aan.",
				pair.to().getText());
	}

	@Test
	void aBudgetAndItsShareMergedInOtherWordsPairWithBothAndTheRestStaysAlone() {
		// The later letter gives the budget and its share of GDP in one sentence, in other words than
		// either earlier sentence: neither covers more of it together, but both are about as close to
		// it as the other. The sentence about the frigates has no counterpart.
		Report earlier = report("2019", 2019, "België en Nederland vervangen samen de M-fregatten.",
				"De Belgische defensie-uitgaven zijn gestegen tot € 4,9 miljard in 2019.",
				"In 2019 komen de Belgische defensie-uitgaven neer op 0,93% van het BBP.");
		Report later = report("2020", 2020, "Het Belgisch defensiebudget bedroeg in 2020 € 4,76 miljard (1,1% BBP).");
		List<StatementPair> pairs = new ReportComparator().compare(earlier, later).pairs();
		StatementPair budget = pairs.stream().filter(pair -> pair.to() != null && pair.to().getText().startsWith("Het Belgisch")).findFirst()
				.orElseThrow();
		List<String> earlierTexts = new java.util.ArrayList<>();
		earlierTexts.add(budget.from().getText());
		budget.alsoFrom().forEach(statement -> earlierTexts.add(statement.getText()));
		assertEquals(List.of("De Belgische defensie-uitgaven zijn gestegen tot € 4,9 miljard in 2019.",
				"In 2019 komen de Belgische defensie-uitgaven neer op 0,93% van het BBP."), earlierTexts.stream().sorted().toList());
		assertEquals(PairStatus.DROPPED, pairOf(pairs, "België en Nederland vervangen samen de M-fregatten.").status());
	}

	@Test
	void anUnchangedStatementIsPairedWithFullConfidenceAndANewOneWithNone() {
		Report earlier = report("2019", 2019, "De Joint Arctic Training vindt jaarlijks plaats bij Skjold.");
		Report later = report("2020", 2020, "De Joint Arctic Training vindt jaarlijks plaats bij Skjold.",
				"Nederland opent een permanente oefenlocatie bij Heggelia.");
		List<StatementPair> pairs = new ReportComparator().compare(earlier, later).pairs();
		StatementPair same = pairOf(pairs, "De Joint Arctic Training");
		assertEquals(PairStatus.UNCHANGED, same.status());
		assertEquals(1.0, same.confidence());
		StatementPair added = pairs.stream().filter(pair -> pair.from() == null).findFirst().orElseThrow();
		assertEquals(PairStatus.NEW, added.status());
		assertEquals(0.0, added.confidence());
	}

	private static StatementPair pairOf(List<StatementPair> pairs, String earlierText) {
		StatementPair found = pairs.stream().filter(pair -> pair.from() != null && pair.from().getText().startsWith(earlierText))
				.findFirst().orElse(null);
		assertNotNull(found, earlierText + " in " + pairs);
		return found;
	}

	private static double greedyTotal(double[][] weights) {
		boolean[] rowTaken = new boolean[weights.length];
		boolean[] columnTaken = new boolean[weights[0].length];
		double total = 0;
		while (true) {
			int bestRow = -1;
			int bestColumn = -1;
			for (int i = 0; i < weights.length; i++) {
				for (int j = 0; j < weights[i].length; j++) {
					if (!rowTaken[i] && !columnTaken[j] && weights[i][j] > 0
							&& (bestRow < 0 || weights[i][j] > weights[bestRow][bestColumn])) {
						bestRow = i;
						bestColumn = j;
					}
				}
			}
			if (bestRow < 0) {
				return total;
			}
			rowTaken[bestRow] = true;
			columnTaken[bestColumn] = true;
			total += weights[bestRow][bestColumn];
		}
	}

	private static double bruteForce(double[][] weights, int row, boolean[] used) {
		if (row == weights.length) {
			return 0;
		}
		double best = bruteForce(weights, row + 1, used);
		for (int j = 0; j < used.length; j++) {
			if (!used[j] && weights[row][j] > 0) {
				used[j] = true;
				best = Math.max(best, weights[row][j] + bruteForce(weights, row + 1, used));
				used[j] = false;
			}
		}
		return best;
	}

	static Report report(String id, int year, String... texts) {
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
		int n = 0;
		for (String text : texts) {
			Statement statement = factory.createStatement();
			statement.setId(id + "/belgie-luxemburg/" + ++n);
			statement.setText(text);
			paragraph.getStatements().add(statement);
			new StatementEnricher().enrich(statement, year);
		}
		return report;
	}
}
