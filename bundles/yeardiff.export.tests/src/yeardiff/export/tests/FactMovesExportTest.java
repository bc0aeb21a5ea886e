package yeardiff.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import yeardiff.export.ComparisonCsv;
import yeardiff.export.ComparisonHtml;
import yeardiff.export.ComparisonPdf;

/** The numbers that moved in the comparison exports, on the 2019 and 2020 letters. */
@SuppressWarnings("nls")
class FactMovesExportTest {

	@Test
	void htmlListsTheBelgianBudgetMoveUnderThePartner() {
		String page = new ComparisonHtml().render(ComparedLetters.COMPARISON, ComparedLetters.REPORT_2019, ComparedLetters.REPORT_2020);
		int belgium = page.indexOf("<h2>België en Luxemburg</h2>");
		assertTrue(belgium >= 0, "the Belgian section");
		int moves = page.indexOf("<div class=\"moves\">", belgium);
		int pairs = page.indexOf("<table class=\"pairs\">", belgium);
		assertTrue(moves > belgium && moves < pairs, "the moves come before the pairs");
		String list = page.substring(moves, pairs);
		assertTrue(list.contains("<del>€4,9 miljard</del> (2019) → <ins>€ 4,76 miljard</ins> (2020)"), list);
	}

	@Test
	void pdfClosesTheBelgianSectionWithItsMoves() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ComparisonPdf().write(ComparedLetters.COMPARISON, ComparedLetters.REPORT_2019, ComparedLetters.REPORT_2020, out);
		String text;
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		int belgium = text.indexOf("België en Luxemburg België en Luxemburg");
		int moves = text.indexOf("Numbers that moved", belgium);
		assertTrue(belgium >= 0 && moves > belgium, "a moves list in the Belgian section");
		assertTrue(text.indexOf("€4,9 miljard (2019) -> € 4,76 miljard (2020)", moves) > moves, text.substring(moves, Math.min(text.length(), moves + 600)));
	}

	@Test
	void csvHasOneRowPerMoveWithPeriodsAndStatements() throws Exception {
		StringWriter out = new StringWriter();
		new ComparisonCsv().writeFactMoves(ComparedLetters.COMPARISON, out);
		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(out.toString()))) {
			assertEquals(ComparisonCsv.FACT_MOVES_HEADER, parser.getHeaderNames());
			records = parser.getRecords();
		}
		CSVRecord budget = records.stream()
				.filter(r -> r.get("partner").equals("belgie-luxemburg") && r.get("measure").equals("defence-budget") && !r.get("toText").isEmpty()
						&& !r.get("fromText").isEmpty())
				.findFirst().orElseThrow(() -> new AssertionError(out.toString()));
		assertEquals("€4,9 miljard", budget.get("fromText"));
		assertEquals("2019", budget.get("fromPeriod"));
		assertEquals("4900000000", budget.get("fromValue"));
		assertEquals("€ 4,76 miljard", budget.get("toText"));
		assertEquals("2020", budget.get("toPeriod"));
		assertEquals("-140000000", budget.get("delta"));
		assertEquals("EUR", budget.get("unit"));
	}
}
