package yeardiff.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.audit.CommitmentAudit;
import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.Evidence;
import yeardiff.ingest.ImportOptions;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;

/**
 * A commitment whose due time a later report moves. None of the five letters moves one (the 2021
 * letter lacks the pages on Belgium), so the later report here is the 2020 letter with the Dutch
 * frigates' period changed from 2028–2029 to 2029–2030, read as the report of 2021.
 */
class DelayedCommitmentTest {

	private static final String FRIGATES = "2020/belgie-luxemburg/2c660e63/c";

	@Test
	void frigatesMovedToLaterPeriodAreDelayed() {
		String letter = new String(SampleLetter.REPORT_2020.bytes(), StandardCharsets.UTF_8);
		assertTrue(letter.contains("in de periode 2028–2029"));
		byte[] edited = letter.replace("in de periode 2028–2029", "in de periode 2029–2030").getBytes(StandardCharsets.UTF_8);
		Report later = AuditedLetters.read(edited, "2021-fregatten-later.txt",
				ImportOptions.defaults().withYear(2021).withId("2021-herzien"));

		List<CommitmentRecord> records = new CommitmentAudit()
				.audit(List.of(AuditedLetters.report(SampleLetter.REPORT_2020), later), List.of(), 2022);

		CommitmentRecord record = AuditedLetters.record(records, FRIGATES);
		assertEquals(CommitmentStatus.DELAYED, record.status(), record.reason());
		assertEquals("2028–2029", record.due());
		Evidence moved = record.evidence().stream().filter(evidence -> evidence.text().contains("2029–2030")).findFirst()
				.orElseThrow(() -> new AssertionError(record.evidence().toString()));
		assertEquals("2021-herzien", moved.report());
		assertEquals("Voorzien is dat Nederland twee nieuwe fregatten in dienst neemt in de periode 2029–2030 en dat de "
				+ "Belgische fregatten worden geleverd in 2030.", moved.text());
		assertEquals(2, moved.page());
		assertTrue(record.reason().startsWith("The 2021-herzien report moves it from 2028–2029 to 2029–2030"),
				record.reason());
	}

	@Test
	void unchangedPeriodStaysOpen() {
		Report later = AuditedLetters.read(SampleLetter.REPORT_2020.bytes(), "2021-ongewijzigd.txt",
				ImportOptions.defaults().withYear(2021).withId("2021-ongewijzigd"));

		List<CommitmentRecord> records = new CommitmentAudit()
				.audit(List.of(AuditedLetters.report(SampleLetter.REPORT_2020), later), List.of(), 2022);

		CommitmentRecord record = AuditedLetters.record(records, FRIGATES);
		assertEquals(CommitmentStatus.OPEN, record.status(), record.reason());
		assertTrue(record.reason().startsWith("The 2021-ongewijzigd report still speaks of it"), record.reason());
	}
}
