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
	void subjectLinkingFindsTheLabelledPairs() {
		List<Report> repository = LabelledPairs.LETTERS.values().stream().map(Letters::read).toList();
		ReportComparator comparator = new ReportComparator().withRepository(repository);
		LabelledPairs.Score score = LabelledPairs.score(comparator::compare);
		System.out.println("Statement linking on the labelled pairs: " + score); //$NON-NLS-1$
		score.misses().forEach(miss -> System.out.println("  " + miss)); //$NON-NLS-1$
		assertTrue(score.precision() >= PRECISION - MARGIN, score.toString());
		assertTrue(score.recall() >= RECALL - MARGIN, score.toString());
		assertTrue(score.rewrittenRecall() >= REWRITTEN_RECALL - MARGIN, score.toString());
		assertTrue(score.noneAccuracy() >= NO_COUNTERPART - MARGIN, score.toString());
	}

	/** What the linking reached when these bars were set. */
	private static final double PRECISION = 0.94;
	private static final double RECALL = 0.72;
	private static final double REWRITTEN_RECALL = 0.55;
	private static final double NO_COUNTERPART = 0.97;
}
