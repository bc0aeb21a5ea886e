package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportException.Reason;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;
import yeardiff.samples.SamplePdf;

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
		byte[] garbage = new byte[4096];
		new Random(33279).nextBytes(garbage);
		assertRefused(garbage, "brief.txt", ImportOptions.defaults(), Reason.NOT_TEXT, "brief.txt is neither a PDF nor a text file"); //$NON-NLS-1$ //$NON-NLS-2$
		assertRefused(garbage, "brief.pdf", ImportOptions.defaults(), Reason.DAMAGED_PDF, "brief.pdf is a damaged PDF"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void truncatedPdf() {
		byte[] pdf = SamplePdf.render(ImportedLetters.report(SampleLetter.REPORT_2019));
		assertRefused(Arrays.copyOf(pdf, pdf.length / 2), "afgebroken.pdf", ImportOptions.defaults(), Reason.DAMAGED_PDF, //$NON-NLS-1$
				"afgebroken.pdf is an incomplete PDF"); //$NON-NLS-1$
	}

	@Test
	void corruptPdfBody() {
		byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage garbage\ntrailer << /Root 1 0 R >>\n%%EOF\n" //$NON-NLS-1$
				.getBytes(StandardCharsets.US_ASCII);
		assertRefused(corrupt, "kapot.pdf", ImportOptions.defaults(), Reason.DAMAGED_PDF, "kapot.pdf is a damaged PDF"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void passwordProtectedPdf() throws IOException {
		byte[] pdf = protect(SamplePdf.render(ImportedLetters.report(SampleLetter.REPORT_2019)), "geheim"); //$NON-NLS-1$
		assertRefused(pdf, "geheim.pdf", ImportOptions.defaults(), Reason.ENCRYPTED_PDF, //$NON-NLS-1$
				"geheim.pdf is password-protected: remove the protection and import again"); //$NON-NLS-1$
	}

	@Test
	void ownerPasswordOnlyIsRead() throws IOException, ImportException {
		Report text = ImportedLetters.report(SampleLetter.REPORT_2019);
		byte[] pdf = protect(SamplePdf.render(text), ""); //$NON-NLS-1$
		Report read = importer.read(pdf, "beveiligd.pdf", ImportOptions.defaults()); //$NON-NLS-1$
		assertEquals(ImportedLetters.texts(text), ImportedLetters.texts(read));
	}

	@Test
	void scannedPdfWithoutText() throws IOException {
		byte[] pdf;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.drawImage(LosslessFactory.createFromImage(document, scan), 50, 50, 495, 740);
			}
			document.save(out);
			pdf = out.toByteArray();
		}
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
	void pdfThatIsNoSuchLetter() throws IOException {
		byte[] pdf;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.beginText();
				stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				stream.newLineAtOffset(70, 700);
				stream.showText("Factuur voor de levering van kantoorartikelen."); //$NON-NLS-1$
				stream.endText();
			}
			document.save(out);
			pdf = out.toByteArray();
		}
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

	private static byte[] protect(byte[] pdf, String userPassword) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanExtractContent(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", userPassword, permissions); //$NON-NLS-1$
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
	}
}
