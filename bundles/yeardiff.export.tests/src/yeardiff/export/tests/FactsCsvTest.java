package yeardiff.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import yeardiff.compare.FactRow;
import yeardiff.compare.FactTable;
import yeardiff.export.FactsCsv;
import yeardiff.extract.SubjectRegistry;

/**
 * Facts as CSV: the columns of the {@code facts} JSON contract, values in base units written out.
 */
class FactsCsvTest {

	@Test
	void theColumnsAreThoseOfTheFactsContract() throws Exception {
		assertEquals(List.of("report", "year", "partner", "section", "statementId", "statement", "page", "kind", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"value", "unit", "text", "counted", "measure", "period"), read(List.of()).header()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	@Test
	void theBelgianBudgetOf2019() throws Exception {
		List<FactRow> rows = new FactTable(SubjectRegistry.standard()).rows(List.of(ComparedLetters.REPORT_2019),
				"belgie-luxemburg", 2019, "amount"); //$NON-NLS-1$ //$NON-NLS-2$
		CSVRecord budget = read(rows).records().stream().filter(record -> record.get("text").equals("€4,9 miljard")) //$NON-NLS-1$ //$NON-NLS-2$
				.findFirst().orElseThrow();
		assertEquals(List.of("2019", "2019", "belgie-luxemburg", "België en Luxemburg", ComparedLetters.BUDGET_2019, "1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"amount", "4900000000", "EUR", "€4,9 miljard", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				List.of(budget.get("report"), budget.get("year"), budget.get("partner"), budget.get("section"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						budget.get("statement"), budget.get("page"), budget.get("kind"), budget.get("value"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						budget.get("unit"), budget.get("text"), budget.get("counted"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// What the figure measures and the year it is for: "bedragen in 2019 €4,9 miljard".
		assertEquals("defence-budget", budget.get("measure")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2019", budget.get("period")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(budget.get("measure"), budget.get("period")), //$NON-NLS-1$ //$NON-NLS-2$
				List.of(budget.get(12), budget.get(13)), "measure and period are the last two columns"); //$NON-NLS-1$
	}

	@Test
	void valuesAreWrittenOutAndTextsComeBackWhole() throws Exception {
		List<FactRow> rows = List.of(
				new FactRow("2019", 2019, "belgie-luxemburg", "België en Luxemburg", "2019/b/1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						"De uitgaven, \"ruim\" 0,95% van het BBP,\nstijgen.", 1, "share", 0.95, "percent", "0,95% van het BBP", null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				new FactRow("2020", 2020, "litouwen", "Inzet", "2020/i/4", "Ongeveer 270 militairen.", 12, "count", 270, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
						"persons", "ongeveer 270 militairen", "militairen"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new FactRow("2020", 2020, "verenigd-koninkrijk", "VK", "2020/v/2", "£ 41,3 miljard.", 6, "amount", 41.3e9, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
						"GBP", "£ 41,3 miljard", null)); //$NON-NLS-1$ //$NON-NLS-2$
		List<CSVRecord> records = read(rows).records();
		assertEquals(List.of("0.95", "270", "41300000000"), records.stream().map(record -> record.get("value")).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("De uitgaven, \"ruim\" 0,95% van het BBP,\nstijgen.", records.get(0).get("statement")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("", "militairen", ""), records.stream().map(record -> record.get("counted")).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("12", records.get(1).get("page")); //$NON-NLS-1$ //$NON-NLS-2$
		// A row without measure and period leaves both cells empty.
		assertEquals(List.of("", ""), List.of(records.get(0).get("measure"), records.get(0).get("period"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private record Table(List<String> header, List<CSVRecord> records) {
	}

	private static Table read(List<FactRow> rows) throws Exception {
		StringWriter csv = new StringWriter();
		new FactsCsv().write(rows, csv);
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv.toString()))) {
			return new Table(parser.getHeaderNames(), parser.getRecords());
		}
	}
}
