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
	private static final double DETECTION_RECALL = 0.97;
	private static final double DETECTION_PRECISION = 1.0;
	private static final double OUTCOME_ACCURACY = 0.77;

	@Test
	void theLabelledSetIsLargeEnough() {
		assertTrue(LabelledCommitments.rows().stream().filter(LabelledCommitments.Row::commitment).count() >= 40);
	}

	@Test
	void commitmentsAreFoundAndJudgedAsAReaderJudgesThem() {
		List<Report> reports = AuditedLetters.reports();
		List<CommitmentRecord> records = new CommitmentAudit(SubjectRegistry.standard(), new ReportComparator().withRepository(reports))
				.audit(reports, List.of(), AuditedLetters.CURRENT_YEAR);
		LabelledCommitments.Score score = LabelledCommitments.score(records);
		System.out.println("Commitments on the labelled set: " + score); //$NON-NLS-1$
		score.misses().forEach(miss -> System.out.println("  " + miss)); //$NON-NLS-1$
		assertTrue(score.detectionRecall() >= DETECTION_RECALL - MARGIN, score.toString());
		assertTrue(score.detectionPrecision() >= DETECTION_PRECISION - MARGIN, score.toString());
		assertTrue(score.outcomeAccuracy() >= OUTCOME_ACCURACY - MARGIN, score.toString());
	}
}
