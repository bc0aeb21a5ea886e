package yeardiff.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.audit.CommitmentQuery;
import yeardiff.audit.CommitmentRecord;
import yeardiff.model.api.CommitmentStatus;

/**
 * The one commitment query the {@code commitments} command and the Commitments view make, over the
 * audit of the five sample letters as of 2022.
 */
class CommitmentQueryTest {

	private static final int AS_OF = AuditedLetters.CURRENT_YEAR;

	@Test
	void everythingWithOverdueFirstAndTheAuditsOrderOtherwise() {
		List<CommitmentRecord> all = AuditedLetters.records();
		List<CommitmentRecord> shown = CommitmentQuery.all(AS_OF).apply(all);
		assertEquals(all.size(), shown.size());
		long overdue = all.stream().filter(record -> record.overdue(AS_OF)).count();
		assertTrue(overdue > 0, "the samples hold overdue commitments as of 2022");
		assertTrue(shown.subList(0, (int) overdue).stream().allMatch(record -> record.overdue(AS_OF)), "overdue first");
		List<CommitmentRecord> rest = shown.subList((int) overdue, shown.size());
		assertEquals(all.stream().filter(record -> !record.overdue(AS_OF)).toList(), rest, "the audit's order after them");
	}

	@Test
	void filtersCombine() {
		List<CommitmentRecord> all = AuditedLetters.records();
		CommitmentQuery germany2020 = CommitmentQuery.all(AS_OF).withPartner("duitsland").withYear(2020);
		List<CommitmentRecord> shown = germany2020.apply(all);
		assertFalse(shown.isEmpty(), "the 2020 letter makes commitments about Germany");
		assertTrue(shown.stream().allMatch(record -> record.partner().equals("duitsland") && record.year() == 2020), shown.toString());
		assertEquals(all.stream().filter(record -> "duitsland".equals(record.partner()) && record.year() == 2020).count(), shown.size());

		List<CommitmentRecord> open = CommitmentQuery.all(AS_OF).withStatus(CommitmentStatus.OPEN).apply(all);
		assertTrue(open.stream().allMatch(record -> record.status() == CommitmentStatus.OPEN));

		List<CommitmentRecord> overdue = CommitmentQuery.all(AS_OF).withDue(CommitmentQuery.Due.OVERDUE).apply(all);
		assertTrue(overdue.stream().allMatch(record -> record.overdue(AS_OF) && record.dueYear() > 0 && record.dueYear() < AS_OF),
				overdue.toString());
		List<CommitmentRecord> undated = CommitmentQuery.all(AS_OF).withDue(CommitmentQuery.Due.NONE).apply(all);
		assertTrue(undated.stream().allMatch(record -> record.dueYear() == 0 && record.due() == null), undated.toString());
		List<CommitmentRecord> later = CommitmentQuery.all(AS_OF).withDue(CommitmentQuery.Due.LATER).apply(all);
		assertTrue(later.stream().allMatch(record -> record.dueYear() > AS_OF), later.toString());
	}
}
