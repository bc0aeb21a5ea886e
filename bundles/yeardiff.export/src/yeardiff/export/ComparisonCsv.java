package yeardiff.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVPrinter;

import yeardiff.compare.FactMove;
import yeardiff.compare.FactMoves;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.export.internal.CsvTables;
import yeardiff.export.internal.PairSides;
import yeardiff.model.api.Statement;

/**
 * A comparison as a table with one row per statement pair, for reviewers who sort and filter in a
 * spreadsheet. The columns: partner (id and name), status, similarity, the earlier and the later
 * statement (ids, page, text), the fact changes, and whether the pair is significant. A split
 * sentence's parts share one row: their ids separated by spaces, their texts joined.
 *
 * <p>RFC 4180 CSV; the caller chooses the writer's encoding (UTF-8, with a byte order mark for
 * spreadsheets that need one to read it as such).</p>
 */
public final class ComparisonCsv {

	/** The header row; the names follow the {@code diff} JSON contract where it has the field. */
	public static final List<String> HEADER = List.of("partner", "partnerName", "status", "similarity", "fromId", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"fromPage", "fromText", "toId", "toPage", "toText", "factChanges", "significant"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/*
	 * "kind: change" keeps a cell from starting with '+' or '−', which a spreadsheet would read as
	 * the start of a formula.
	 */
	private static final String FACT_CHANGE = "%s: %s"; //$NON-NLS-1$
	private static final String FACT_SEPARATOR = "; "; //$NON-NLS-1$

	/** The header of the fact-moves table; the names follow the {@code factMoves} of the {@code diff} JSON. */
	public static final List<String> FACT_MOVES_HEADER = List.of("partner", "partnerName", "measure", "label", "unit", "fromValue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"fromPeriod", "fromStatementId", "fromText", "toValue", "toPeriod", "toStatementId", "toText", "delta"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/**
	 * Writes the measures whose value moved (see {@link FactMoves}) as a table of their own, one row
	 * per move, partner by partner; an empty cell where one report gives no value. The writer is left
	 * open.
	 */
	public void writeFactMoves(ReportComparison comparison, Writer out) throws IOException {
		CSVPrinter printer = CsvTables.printer(out, FACT_MOVES_HEADER);
		for (SectionComparison section : comparison.sections()) {
			for (FactMove move : FactMoves.of(section)) {
				FactMove.MeasureValue from = move.from();
				FactMove.MeasureValue to = move.to();
				printer.printRecord(section.partner(), section.partnerName(), move.measure(), move.label(), move.unit(),
						from == null ? "" : number(from.value()), from == null ? "" : from.period(), //$NON-NLS-1$ //$NON-NLS-2$
						from == null ? "" : from.statementId(), from == null ? "" : from.text(), //$NON-NLS-1$ //$NON-NLS-2$
						to == null ? "" : number(to.value()), to == null ? "" : to.period(), //$NON-NLS-1$ //$NON-NLS-2$
						to == null ? "" : to.statementId(), to == null ? "" : to.text(), //$NON-NLS-1$ //$NON-NLS-2$
						from == null || to == null ? "" : number(move.delta())); //$NON-NLS-1$
			}
		}
		printer.flush();
	}

	private static String number(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** Writes the header and one row per pair, partner by partner; the writer is left open. */
	public void write(ReportComparison comparison, Writer out) throws IOException {
		CSVPrinter printer = CsvTables.printer(out, HEADER);
		for (SectionComparison section : comparison.sections()) {
			for (StatementPair pair : section.pairs()) {
				List<Statement> from = PairSides.earlier(pair);
				List<Statement> to = PairSides.later(pair);
				printer.printRecord(section.partner(), section.partnerName(), pair.status().jsonName(),
						String.format(Locale.ROOT, "%.3f", Double.valueOf(pair.similarity())), //$NON-NLS-1$
						PairSides.ids(from), PairSides.pages(from), PairSides.text(from), PairSides.ids(to),
						PairSides.pages(to), PairSides.text(to),
						pair.factChanges().stream()
								.map(change -> String.format(Locale.ROOT, FACT_CHANGE, change.kind(), change.describe()))
								.collect(Collectors.joining(FACT_SEPARATOR)),
						Boolean.toString(pair.significant()));
			}
		}
		printer.flush();
	}
}
