package yeardiff.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import yeardiff.export.ComparisonCsv;
import yeardiff.model.api.Report;

/**
 * The comparison of 2019 and 2020 as CSV, read back with commons-csv.
 */
class ComparisonCsvTest {

	private static List<CSVRecord> records;
	private static List<String> header;

	@BeforeAll
	static void write() throws Exception {
		StringWriter csv = new StringWriter();
		new ComparisonCsv().write(ComparedLetters.COMPARISON, csv);
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv.toString()))) {
			header = parser.getHeaderNames();
			records = parser.getRecords();
		}
	}

	@Test
	void oneRowPerPair() {
		assertEquals(List.of("partner", "partnerName", "status", "similarity", "fromId", "fromPage", "fromText", "toId", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"toPage", "toText", "factChanges", "significant"), header); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ComparedLetters.COMPARISON.pairs().size(), records.size());
		for (CSVRecord record : records) {
			assertEquals(header.size(), record.size(), record::toString);
		}
	}

	@Test
	void theBelgianBudgetPair() {
		CSVRecord budget = records.stream().filter(record -> record.get("fromText").equals(ComparedLetters.BUDGET_2019)) //$NON-NLS-1$
				.findFirst().orElseThrow();
		assertEquals("belgie-luxemburg", budget.get("partner")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("België en Luxemburg", budget.get("partnerName")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("changed", budget.get("status")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("1", budget.get("fromPage")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ComparedLetters.BUDGET_2020, budget.get("toText")); //$NON-NLS-1$
		assertEquals("1", budget.get("toPage")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("amount: €4,9 miljard \u2192 € 4,76 miljard (\u2212140 miljoen EUR); " //$NON-NLS-1$
				+ "share: \u2212 0,95% van het Bruto Binnenlands Product (BBP)", budget.get("factChanges")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("true", budget.get("significant")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(true, budget.get("fromId").startsWith("2019/belgie-luxemburg/"), budget.get("fromId")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		double similarity = Double.parseDouble(budget.get("similarity")); //$NON-NLS-1$
		assertEquals(true, similarity > 0 && similarity < 1, budget.get("similarity")); //$NON-NLS-1$
	}

	@Test
	void aNewStatementHasAnEmptyEarlierSide() {
		CSVRecord added = records.stream()
				.filter(record -> record.get("toText").equals("De nieuwe mijnenbestrijdingsvaartuigen zullen instromen vanaf 2024.")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$
				.orElseThrow();
		// 2020 p. 2; new with subject linking too (the 2019 letter does not speak of the new vessels' arrival)
		assertEquals(List.of("belgie-luxemburg", "new", "", "", "", "2", "time: + 2024", "true"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				List.of(added.get("partner"), added.get("status"), added.get("fromId"), added.get("fromPage"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						added.get("fromText"), added.get("toPage"), added.get("factChanges"), added.get("significant"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void textsWithQuotesCommasAndLineBreaksComeBackWhole() throws Exception {
		String earlier = "De «A & B»-groep, \"de kern\", telt\r\ndrie landen."; //$NON-NLS-1$
		String later = "De «A & B»-groep, \"de kern\", telt\nvier landen."; //$NON-NLS-1$
		Report from = SmallReports.report("2019", "R", "Noorwegen, Denemarken", earlier); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Report to = SmallReports.report("2020", "R", "Noorwegen, Denemarken", later); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		StringWriter csv = new StringWriter();
		new ComparisonCsv().write(SmallReports.compare(from, to), csv);
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv.toString()))) {
			List<CSVRecord> rows = parser.getRecords();
			assertEquals(1, rows.size(), csv::toString);
			assertEquals(earlier, rows.get(0).get("fromText")); //$NON-NLS-1$
			assertEquals(later, rows.get(0).get("toText")); //$NON-NLS-1$
			assertEquals("Noorwegen, Denemarken", rows.get(0).get("partnerName")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
