package yeardiff.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV dialect of every Yeardiff table: RFC 4180 (comma, CRLF, quotes where needed), a header
 * row, and an empty cell for a missing value.
 */
public final class CsvTables {

	private CsvTables() {
	}

	/**
	 * A printer that has written the header. It is not closed by the caller: closing it would close
	 * the caller's writer.
	 */
	public static CSVPrinter printer(Writer out, List<String> header) throws IOException {
		return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setNullString("").get() //$NON-NLS-1$
				.print(out);
	}
}
