package yeardiff.audit.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.audit.CommitmentAudit;
import yeardiff.audit.CommitmentRecord;
import yeardiff.compare.ReportComparator;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Report;

/**
 * The audit against the commitments labelled by reading the five letters
 * ({@code commitment-outcomes.tsv}), made as the command line makes it (word rarity over the whole
 * repository). Prints the scores; fails when they fall below what the audit reached when these bars
 * were set (minus a small margin).
 */
class LabelledCommitmentsTest {

	private static final double MARGIN = 0.03;
	/** What the audit reached on each part when these bars were set: detection recall, detection precision, outcome. */
	private static final double[] DEVELOPMENT = { 0.865, 1.0, 0.622 };
	private static final double[] HELD_OUT = { 0.964, 1.0, 0.804 };

	@Test
	void theLabelledSetIsLargeEnough() {
		assertTrue(LabelledCommitments.rows().stream().filter(LabelledCommitments.Row::commitment).count() >= 90);
		assertTrue(LabelledCommitments.rows().stream().filter(LabelledCommitments::development).filter(LabelledCommitments.Row::commitment)
				.count() >= 35);
	}

	@Test
	void commitmentsAreFoundAndJudgedAsAReaderJudgesThem() {
		List<Report> reports = AuditedLetters.reports();
		List<CommitmentRecord> records = new CommitmentAudit(SubjectRegistry.standard(), new ReportComparator().withRepository(reports))
				.audit(reports, List.of(), AuditedLetters.CURRENT_YEAR);
		LabelledCommitments.Score development = LabelledCommitments.score(records, LabelledCommitments::development);
		LabelledCommitments.Score heldOut = LabelledCommitments.score(records, LabelledCommitments::heldOut);
		System.out.println("Commitments on the labelled set, development part: " + development); //$NON-NLS-1$
		development.misses().forEach(miss -> System.out.println("  " + miss)); //$NON-NLS-1$
		System.out.println("Commitments on the labelled set, held-out part: " + heldOut); //$NON-NLS-1$
		heldOut.misses().forEach(miss -> System.out.println("  " + miss)); //$NON-NLS-1$
		for (Object[] part : new Object[][] { { development, DEVELOPMENT }, { heldOut, HELD_OUT } }) {
			LabelledCommitments.Score score = (LabelledCommitments.Score) part[0];
			double[] bars = (double[]) part[1];
			assertTrue(score.detectionRecall() >= bars[0] - MARGIN, score.toString());
			assertTrue(score.detectionPrecision() >= bars[1] - MARGIN, score.toString());
			assertTrue(score.outcomeAccuracy() >= bars[2] - MARGIN, score.toString());
		}
	}
}
