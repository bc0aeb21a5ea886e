package yeardiff.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import yeardiff.compare.FactRow;
import yeardiff.export.internal.CsvTables;

/**
 * Facts as a table, the CSV form of {@code yeardiff facts}: the columns and their meaning are those
 * of the {@code facts} JSON contract, one row per fact. Values are in base units written out in
 * full ({@code 4900000000}, not {@code 4.9E9}), which every spreadsheet reads as a number.
 */
public final class FactsCsv {

	/**
	 * The header row: the field names of the {@code facts} JSON contract. Columns are only ever added
	 * at the end ({@code measure} and {@code period} came with round 2), so that scripts reading
	 * columns by position keep working.
	 */
	public static final List<String> HEADER = List.of("report", "year", "partner", "section", "statementId", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"statement", "page", "kind", "value", "unit", "text", "counted", "measure", "period"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	/** Writes the header and one row per fact; the writer is left open. */
	public void write(List<FactRow> rows, Writer out) throws IOException {
		CSVPrinter printer = CsvTables.printer(out, HEADER);
		for (FactRow row : rows) {
			printer.printRecord(row.report(), Integer.toString(row.year()), row.partner(), row.section(),
					row.statementId(), row.statement(), Integer.toString(row.page()), row.kind(), plain(row.value()),
					row.unit(), row.text(), row.counted(), row.measure(), row.period());
		}
		printer.flush();
	}

	private static String plain(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return ""; //$NON-NLS-1$
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
