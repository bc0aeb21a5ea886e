package yeardiff.compare.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.compare.ReportComparator;
import yeardiff.model.api.Report;

/**
 * The comparison against the statement pairs labelled by reading the five letters
 * ({@code statement-pairs.tsv}). Prints precision and recall; fails when they fall below what the
 * linking reached when these bars were set (minus a small margin).
 */
class LabelledPairsTest {

	private static final double MARGIN = 0.03;

	@Test
	void theLabelledSetIsLargeEnough() {
		List<LabelledPairs.Row> rows = LabelledPairs.rows();
		assertTrue(rows.stream().filter(LabelledPairs.Row::positive).count() >= 80);
		assertTrue(rows.stream().filter(row -> "rewritten".equals(row.kind())).count() >= 30);
		assertTrue(rows.stream().filter(row -> !row.positive()).count() >= 20);
	}

	@Test
	void theLabelledSetHasBothParts() {
		List<LabelledPairs.Row> rows = LabelledPairs.rows();
		assertTrue(rows.stream().filter(LabelledPairs::development).filter(row -> "rewritten".equals(row.kind())).count() >= 40); //$NON-NLS-1$
		assertTrue(rows.stream().filter(LabelledPairs::heldOut).filter(row -> "rewritten".equals(row.kind())).count() >= 40); //$NON-NLS-1$
		assertTrue(rows.stream().filter(LabelledPairs::heldOut).filter(row -> !row.positive()).count() >= 10);
	}

	@Test
	void subjectLinkingFindsTheLabelledPairs() {
		List<Report> repository = LabelledPairs.LETTERS.values().stream().map(Letters::read).toList();
		ReportComparator comparator = new ReportComparator().withRepository(repository);
		LabelledPairs.Score development = LabelledPairs.score(comparator::compare, LabelledPairs::development);
		LabelledPairs.Score heldOut = LabelledPairs.score(comparator::compare, LabelledPairs::heldOut);
		System.out.println("Statement linking on the labelled pairs, development part: " + development); //$NON-NLS-1$
		development.misses().forEach(miss -> System.out.println("  " + miss)); //$NON-NLS-1$
		System.out.println("Statement linking on the labelled pairs, held-out part: " + heldOut); //$NON-NLS-1$
		heldOut.misses().forEach(miss -> System.out.println("  " + miss)); //$NON-NLS-1$
		assertTrue(development.precision() >= DEVELOPMENT[0] - MARGIN, development.toString());
		assertTrue(development.recall() >= DEVELOPMENT[1] - MARGIN, development.toString());
		assertTrue(development.rewrittenRecall() >= DEVELOPMENT[2] - MARGIN, development.toString());
		assertTrue(development.noneAccuracy() >= DEVELOPMENT[3] - MARGIN, development.toString());
		assertTrue(heldOut.precision() >= HELD_OUT[0] - MARGIN, heldOut.toString());
		assertTrue(heldOut.recall() >= HELD_OUT[1] - MARGIN, heldOut.toString());
		assertTrue(heldOut.rewrittenRecall() >= HELD_OUT[2] - MARGIN, heldOut.toString());
		assertTrue(heldOut.noneAccuracy() >= HELD_OUT[3] - MARGIN, heldOut.toString());
	}

	/**
	 * What the linking reached on each part when these bars were set: precision, recall, recall of
	 * rewritten statements, statements without counterpart left alone.
	 */
	private static final double[] DEVELOPMENT = { 0.934, 0.763, 0.585, 0.964 };
	private static final double[] HELD_OUT = { 1.0, 0.413, 0.413, 1.0 };
}
