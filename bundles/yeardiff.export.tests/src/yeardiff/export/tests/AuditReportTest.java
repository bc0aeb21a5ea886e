package yeardiff.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.Evidence;
import yeardiff.audit.VerdictView;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.audit.CommitmentAudit;
import yeardiff.export.AuditReport;
import yeardiff.testing.Letters;

/**
 * The audit report in its three forms carries each commitment with its status, reason and
 * evidence, and the PDF prints what Helvetica cannot encode as '?'.
 */
class AuditReportTest {

	private static final String SKJOLD = "2019/noorwegen/bbb89061/c";

	/** The audit of the five sample letters as of 2022, the year the 2021 report was sent. */
	private final CommitmentRecord skjold = new CommitmentAudit().audit(Letters.history(), List.of(), 2022).stream()
			.filter(record -> record.id().equals(SKJOLD)).findFirst().orElseThrow();

	@Test
	void htmlIsSelfContainedAndEscaped() {
		String html = new AuditReport(List.of(withVerdict(skjold, "Opened on 21 January <2020> & in use → fine")))
				.html();
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(!html.contains("<link") && !html.contains("<script") && !html.contains("src="), "self-contained");
		assertTrue(html.contains("<tr class=\"open\" id=\"" + SKJOLD + "\">"), html);
		assertTrue(html.contains("Opened on 21 January &lt;2020&gt; &amp; in use → fine"));
		assertTrue(html.contains("automatic: fulfilled"));
		assertTrue(html.contains("waarbij sinds januari 2020 vanaf de locatie Skjold wordt getraind."));
		assertTrue(html.contains("2020, p. 5, 2020/noorwegen/fc34d4a1"));
	}

	@Test
	void csvHasOneRowPerEvidence() throws IOException {
		String csv = new AuditReport(List.of(skjold)).csv();
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv)).getRecords();
		assertEquals(skjold.evidence().size(), rows.size());
		CSVRecord row = rows.stream().filter(r -> r.get("Evidence statement").equals("2020/noorwegen/fc34d4a1"))
				.findFirst().orElseThrow();
		assertEquals(SKJOLD, row.get("Commitment"));
		assertEquals("2019", row.get("Report"));
		assertEquals("noorwegen", row.get("Partner"));
		assertEquals("januari 2020", row.get("Due"));
		assertEquals("fulfilled", row.get("Status"));
		assertEquals("5", row.get("Evidence page"));
		assertEquals("2020", row.get("Evidence year"));
		assertTrue(row.get("Evidence text").endsWith("waarbij sinds januari 2020 vanaf de locatie Skjold wordt getraind."));
	}

	@Test
	void pdfPrintsUnencodableCharactersAsQuestionMarks() throws IOException {
		byte[] pdf = new AuditReport(List.of(withVerdict(skjold, "Skjold → Heggelia, ≈ 2025"))).pdf();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertTrue(text.contains(SKJOLD + " [open]"), text);
			assertTrue(text.contains("Verdict: Skjold ? Heggelia, ? 2025"), text);
			assertTrue(text.contains("koudweertraining"), text);
			assertTrue(text.contains("2020, p. 5, 2020/noorwegen/fc34d4a1"), text);
			assertTrue(text.contains("Noord-Noorwegen"), text);
		}
	}

	private static CommitmentRecord withVerdict(CommitmentRecord record, String rationale) {
		VerdictView verdict = new VerdictView(record.id(), CommitmentStatus.OPEN, rationale, "Anna Auditor",
				"2026-11-20T09:00:00Z", List.<String>of(), "0123456789abcdef0123456789abcdef01234567");
		return new CommitmentRecord(record.id(), record.report(), record.year(), record.partner(), record.statement(),
				record.due(), CommitmentStatus.OPEN, record.automaticStatus(), record.reason(),
				List.<Evidence>copyOf(record.evidence()), verdict);
	}
}
