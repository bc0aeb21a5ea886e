package yeardiff.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import yeardiff.export.ComparisonPdf;
import yeardiff.model.api.Report;

/**
 * The PDF of 2019 against 2020, loaded back with PDFBox and read with its text stripper.
 */
class ComparisonPdfTest {

	private static byte[] pdf;
	private static String text;

	@BeforeAll
	static void write() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ComparisonPdf().write(ComparedLetters.COMPARISON, ComparedLetters.REPORT_2019, ComparedLetters.REPORT_2020,
				out);
		pdf = out.toByteArray();
		text = text(pdf);
	}

	@Test
	void theTitlePageNamesBothReportsAndSummarises() {
		assertTrue(text.startsWith("Rapportage internationale militaire samenwerking 2019 (2019) compared with " //$NON-NLS-1$
				+ "Rapportage internationale militaire samenwerking 2020 (2020)"), text.substring(0, 200)); //$NON-NLS-1$
		assertTrue(text.contains("Summary Partner unchanged reworded changed new dropped moved Significant Inleiding "), //$NON-NLS-1$
				text.substring(0, 600));
	}

	@Test
	void everyPartnerHasItsHeadingAndTheHeadingsOfBothReports() {
		assertTrue(text.contains("België en Luxemburg België en Luxemburg dropped"), "België en Luxemburg"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(text.contains("Verenigd Koninkrijk Verenigd Koninkrijk "), "Verenigd Koninkrijk"); //$NON-NLS-1$ //$NON-NLS-2$
		// the pages of these sections are missing from the 2019 extraction
		assertTrue(text.contains("Frankrijk (not reported) -> Frankrijk "), "Frankrijk"); //$NON-NLS-1$ //$NON-NLS-2$
		// their headings are missing, but the importer knew these sections by their words
		for (String partner : new String[] { "Duitsland", "Noorwegen", "Verenigde Staten" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(text.contains(partner + " (" + partner + ") -> " + partner + ' '), partner); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertTrue(text.contains("Inzet Nederlandse krijgsmacht Bijdragen aan de Enhanced Forward Presence en NATO Response Force -> Inzet Nederlandse krijgsmacht "), //$NON-NLS-1$
				"renamed heading"); //$NON-NLS-1$
	}

	@Test
	void theStatementsAndTheirFactChangesAreThere() {
		assertTrue(text.contains("dropped Significant p. 1 · 2019/belgie-luxemburg/"), "dropped"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(text.contains("Op 26 mei 2019 vonden in België de federale verkiezingen plaats."), "elections"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(text.contains(ComparedLetters.BUDGET_2019), "2019 budget"); //$NON-NLS-1$
		assertTrue(text.contains(ComparedLetters.BUDGET_2020), "2020 budget"); //$NON-NLS-1$
		// WinAnsiEncoding has no arrow and no minus sign: the PDF writes them as a typist would
		assertTrue(text.contains("• €4,9 miljard -> € 4,76 miljard (-140 miljoen EUR)"), "budget change"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(text.contains("«effectieve Europese defensie»"), "guillemets"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void pagesAreA4LandscapeAndNumbered() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertTrue(pages > 10, Integer.toString(pages));
			for (int i = 0; i < pages; i++) {
				PDRectangle box = document.getPage(i).getMediaBox();
				assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 0.01);
				assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 0.01);
			}
			assertTrue(text.contains("2019 compared with 2020 Page 1 of " + pages), "footer"); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(text.endsWith("Page " + pages + " of " + pages), text.substring(text.length() - 100)); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("Rapportage internationale militaire samenwerking 2019 (2019) compared with " //$NON-NLS-1$
					+ "Rapportage internationale militaire samenwerking 2020 (2020)", document.getDocumentInformation().getTitle()); //$NON-NLS-1$
		}
	}

	@Test
	void charactersHelveticaLacksBecomeQuestionMarks() throws Exception {
		Report from = SmallReports.report("2019", "R", "Israël", "Het ✓-teken en 中文 in een zin over Israël."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Report to = SmallReports.report("2020", "R", "Israël", "Het ✓-teken en 中文 in een andere zin over Israël."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ComparisonPdf().write(SmallReports.compare(from, to), from, to, out);
		String small = text(out.toByteArray());
		assertTrue(small.contains("Het ?-teken en ?? in een zin over Israël."), small); //$NON-NLS-1$
		assertTrue(small.contains("Het ?-teken en ?? in een andere zin over Israël."), small); //$NON-NLS-1$
	}

	@Test
	void theCallersStreamStaysOpen() throws Exception {
		boolean[] closed = { false };
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (FilterOutputStream out = new FilterOutputStream(bytes) {
			@Override
			public void close() throws IOException {
				closed[0] = true;
				super.close();
			}
		}) {
			new ComparisonPdf().write(ComparedLetters.COMPARISON, ComparedLetters.REPORT_2019,
					ComparedLetters.REPORT_2020, out);
			assertFalse(closed[0]);
		}
		assertEquals("%PDF-", new String(bytes.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
	}

	/** The document's text, runs of white space as one space. */
	private static String text(byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
