package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportException.Reason;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.testing.BadLetterFiles;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;

/**
 * Files that cannot become a report are refused with the right reason and a one-line message that
 * names the file and says what to do, before they can exhaust the heap.
 */
class BadInputTest {

	private final ReportImporter importer = new ReportImporter();

	@Test
	void emptyFile() {
		assertRefused(new byte[0], "leeg.txt", ImportOptions.defaults(), Reason.EMPTY, "leeg.txt is empty"); //$NON-NLS-1$ //$NON-NLS-2$
		assertRefused(" \n\n \n".getBytes(StandardCharsets.UTF_8), "wit.txt", ImportOptions.defaults(), Reason.EMPTY, "wit.txt is empty"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void binaryGarbage() {
		byte[] garbage = BadLetterFiles.noise(33279);
		assertRefused(garbage, "brief.txt", ImportOptions.defaults(), Reason.NOT_TEXT, "brief.txt is neither a PDF nor a text file"); //$NON-NLS-1$ //$NON-NLS-2$
		assertRefused(garbage, "brief.pdf", ImportOptions.defaults(), Reason.DAMAGED_PDF, "brief.pdf is a damaged PDF"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void truncatedPdf() {
		byte[] pdf = SamplePdf.render(ImportedLetters.report(SampleLetter.REPORT_2019));
		assertRefused(BadLetterFiles.truncated(pdf), "afgebroken.pdf", ImportOptions.defaults(), Reason.DAMAGED_PDF, //$NON-NLS-1$
				"afgebroken.pdf is an incomplete PDF"); //$NON-NLS-1$
	}

	@Test
	void corruptPdfBody() {
		byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage garbage\ntrailer << /Root 1 0 R >>\n%%EOF\n" //$NON-NLS-1$
				.getBytes(StandardCharsets.US_ASCII);
		assertRefused(corrupt, "kapot.pdf", ImportOptions.defaults(), Reason.DAMAGED_PDF, "kapot.pdf is a damaged PDF"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void passwordProtectedPdf() {
		byte[] pdf = BadLetterFiles.passwordProtected(SamplePdf.render(ImportedLetters.report(SampleLetter.REPORT_2019)), "geheim"); //$NON-NLS-1$
		assertRefused(pdf, "geheim.pdf", ImportOptions.defaults(), Reason.ENCRYPTED_PDF, //$NON-NLS-1$
				"geheim.pdf is password-protected: remove the protection and import again"); //$NON-NLS-1$
	}

	@Test
	void ownerPasswordOnlyIsRead() throws ImportException {
		Report text = ImportedLetters.report(SampleLetter.REPORT_2019);
		byte[] pdf = BadLetterFiles.passwordProtected(SamplePdf.render(text), ""); //$NON-NLS-1$
		Report read = importer.read(pdf, "beveiligd.pdf", ImportOptions.defaults()); //$NON-NLS-1$
		assertEquals(ImportedLetters.texts(text), ImportedLetters.texts(read));
	}

	@Test
	void scannedPdfWithoutText() {
		byte[] pdf = BadLetterFiles.scannedPdf();
		assertRefused(pdf, "scan.pdf", ImportOptions.defaults(), Reason.NO_TEXT_LAYER, //$NON-NLS-1$
				"scan.pdf has no text layer (a scanned image?): run OCR on it first, then import the result"); //$NON-NLS-1$
	}

	@Test
	void textThatIsNoSuchLetter() {
		byte[] notes = "Notulen\n\nDe vergadering wordt om 10.00 uur geopend. Er zijn geen mededelingen.\n\nRondvraag\n\nNiemand heeft een vraag.\n" //$NON-NLS-1$
				.getBytes(StandardCharsets.UTF_8);
		assertRefused(notes, "notes.txt", ImportOptions.defaults(), Reason.NOT_A_LETTER, //$NON-NLS-1$
				"notes.txt is not a letter on international military cooperation: no partner sections found"); //$NON-NLS-1$
	}

	@Test
	void pdfThatIsNoSuchLetter() {
		byte[] pdf = BadLetterFiles.pdfOfOneLine("Factuur voor de levering van kantoorartikelen."); //$NON-NLS-1$
		assertRefused(pdf, "factuur.pdf", ImportOptions.defaults(), Reason.NOT_A_LETTER, //$NON-NLS-1$
				"factuur.pdf is not a letter on international military cooperation"); //$NON-NLS-1$
	}

	@Test
	void overTheLimits() {
		SampleLetter letter = SampleLetter.REPORT_2019;
		assertRefused(letter.bytes(), letter.fileName(), ImportOptions.defaults().withMaxBytes(1024), Reason.TOO_LARGE,
				letter.fileName() + " is 19.9 KiB, more than the limit of 1.0 KiB"); //$NON-NLS-1$
		assertRefused(letter.bytes(), letter.fileName(), ImportOptions.defaults().withMaxPages(5), Reason.TOO_MANY_PAGES,
				letter.fileName() + " has 7 pages, more than the limit of 5"); //$NON-NLS-1$
		byte[] pdf = SamplePdf.render(ImportedLetters.report(letter));
		assertRefused(pdf, "brief.pdf", ImportOptions.defaults().withMaxPages(2), Reason.TOO_MANY_PAGES, "brief.pdf has "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void assertRefused(byte[] content, String fileName, ImportOptions options, Reason reason, String messageStart) {
		ImportException refused = assertThrows(ImportException.class, () -> importer.read(content, fileName, options));
		assertEquals(reason, refused.reason(), refused.getMessage());
		assertTrue(refused.getMessage().startsWith(messageStart), refused.getMessage());
		assertFalse(refused.getMessage().contains("\n"), refused.getMessage()); //$NON-NLS-1$
	}
}
