package yeardiff.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import yeardiff.compare.FactChange;
import yeardiff.compare.FactMove;
import yeardiff.compare.FactMoves;
import yeardiff.compare.FactFormat;
import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.export.internal.LineBreaker;
import yeardiff.export.internal.MarkedText;
import yeardiff.export.internal.Messages;
import yeardiff.export.internal.PageFlow;
import yeardiff.export.internal.PageFlow.Placed;
import yeardiff.export.internal.PageFlow.Row;
import yeardiff.export.internal.PairSides;
import yeardiff.export.internal.PdfLine;
import yeardiff.export.internal.PdfLine.Run;
import yeardiff.export.internal.PdfStyle;
import yeardiff.export.internal.PdfStyle.Decoration;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * A comparison of two reports as a PDF for print and for the record: A4 landscape, a title page
 * with the summary per partner, then each partner's statement pairs in two columns, the words only
 * one report has struck through (red) or underlined (green), the status beside each pair and the
 * changed facts under it.
 *
 * <p>It uses the Standard 14 font Helvetica, which every PDF reader has, so nothing is embedded and
 * the file does not depend on the fonts of the machine that wrote it. Its WinAnsiEncoding covers
 * the letters' € « » ë ï é; any other character is written as a look-alike or '?', never an
 * error.</p>
 */
public final class ComparisonPdf {

	private static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(),
			PDRectangle.A4.getWidth());
	private static final float MARGIN = 36;
	private static final float FOOTER = 16;
	private static final float GAP = 10;
	private static final float STATUS_WIDTH = 80;
	private static final float COUNT_WIDTH = 62;
	/** Where a line's baseline sits in its row, as a share of the row's height. */
	private static final float BASELINE = 0.78f;

	private static final float TITLE_LEADING = 21;
	private static final float HEADING_LEADING = 18;
	private static final float BODY_LEADING = 11.5f;
	private static final float SMALL_LEADING = 9.5f;
	private static final float FACT_LEADING = 10.5f;
	private static final float PAIR_PADDING = 5;
	private static final float HEADING_SPACE = 14;
	private static final float TABLE_SHADE = 0.93f;

	private static final String ARROW = " \u2192 "; //$NON-NLS-1$
	private static final String REF_SEPARATOR = " \u00b7 "; //$NON-NLS-1$
	private static final String FACT_BULLET = "\u2022 "; //$NON-NLS-1$

	/**
	 * Writes the PDF comparing {@code from} with {@code to} to {@code out}, which is left open.
	 *
	 * @param comparison the comparison of the two reports
	 * @param from the earlier report, for its title
	 * @param to the later report, for its title
	 */
	public void write(ReportComparison comparison, Report from, Report to, OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			Layout layout = new Layout(document);
			String title = Messages.bind(Messages.comparisonTitle, name(from), name(to));
			document.getDocumentInformation().setTitle(title);
			try (PageFlow flow = new PageFlow(document, A4_LANDSCAPE, MARGIN, FOOTER)) {
				layout.titlePage(flow, title, comparison, from.getId(), to.getId());
				for (SectionComparison section : comparison.sections()) {
					layout.section(flow, section);
				}
				flow.footers(Messages.bind(Messages.comparisonTitle, from.getId(), to.getId()), layout.footer,
						Messages.pageNumber, layout.breaker);
			}
			// PDFBox closes the stream it saves to; the caller's stream stays the caller's to close
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			bytes.writeTo(out);
		}
	}

	private static String name(Report report) {
		return Messages.bind(Messages.reportName, report.getTitle() == null ? report.getId() : report.getTitle(),
				report.getId());
	}

	/** The styles and column positions of one document. */
	private static final class Layout {

		final LineBreaker breaker = new LineBreaker();
		final PdfStyle title;
		final PdfStyle heading;
		final PdfStyle body;
		final PdfStyle bold;
		final PdfStyle small;
		final PdfStyle deleted;
		final PdfStyle inserted;
		final PdfStyle fact;
		final PdfStyle factDeleted;
		final PdfStyle factInserted;
		final PdfStyle significant;
		final PdfStyle footer;

		Layout(PDDocument document) {
			PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDFont boldFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			title = PdfStyle.of(boldFont, 16);
			heading = PdfStyle.of(boldFont, 13);
			body = PdfStyle.of(regular, 9);
			bold = PdfStyle.of(boldFont, 9);
			small = PdfStyle.of(regular, 7).colored(0.4f, 0.4f, 0.4f);
			deleted = body.colored(0.65f, 0.1f, 0.1f).decorated(Decoration.STRIKE);
			inserted = body.colored(0.1f, 0.45f, 0.18f).decorated(Decoration.UNDERLINE);
			fact = PdfStyle.of(regular, 8);
			factDeleted = fact.colored(0.65f, 0.1f, 0.1f).decorated(Decoration.STRIKE);
			factInserted = fact.colored(0.1f, 0.45f, 0.18f).decorated(Decoration.UNDERLINE);
			significant = PdfStyle.of(boldFont, 8).colored(0.7f, 0.35f, 0f);
			footer = small;
		}

		void titlePage(PageFlow flow, String text, ReportComparison comparison, String fromId, String toId)
				throws IOException {
			List<Row> rows = new ArrayList<>();
			rows.addAll(paragraph(List.of(new Run(text, title)), flow.left(), flow.width(), TITLE_LEADING));
			rows.addAll(paragraph(List.of(new Run(Messages.bind(Messages.legend, fromId, toId) + ' '
					+ Messages.bind(Messages.significantLegend, Messages.significant), small)), flow.left(), flow.width(),
					SMALL_LEADING));
			flow.rows(rows, true, null);
			flow.skip(HEADING_SPACE);
			flow.rows(paragraph(List.of(new Run(Messages.summary, heading)), flow.left(), flow.width(), HEADING_LEADING),
					true, null);
			Row header = summaryRow(flow, Messages.partner, statusLabels(), bold, TABLE_SHADE, false);
			List<Row> table = new ArrayList<>();
			table.add(header);
			for (SectionComparison section : comparison.sections()) {
				List<String> counts = new ArrayList<>();
				for (PairStatus status : PairStatus.values()) {
					counts.add(Long.toString(section.count(status)));
				}
				counts.add(Long.toString(section.pairs().stream().filter(StatementPair::significant).count()));
				table.add(summaryRow(flow, section.partnerName(), counts, body, -1, true));
			}
			Map<PairStatus, Long> totals = comparison.summary();
			List<String> counts = new ArrayList<>();
			for (PairStatus status : PairStatus.values()) {
				counts.add(totals.get(status).toString());
			}
			counts.add(Long.toString(comparison.pairs().stream().filter(StatementPair::significant).count()));
			table.add(summaryRow(flow, Messages.total, counts, bold, -1, true));
			flow.rows(table, false, header);
		}

		private static List<String> statusLabels() {
			List<String> labels = new ArrayList<>();
			for (PairStatus status : PairStatus.values()) {
				labels.add(Messages.status(status));
			}
			labels.add(Messages.significant);
			return labels;
		}

		/**
		 * One row of the summary table: the partner, then right-aligned counts. All cells are in one
		 * column, so that a table reads row by row.
		 */
		private Row summaryRow(PageFlow flow, String partner, List<String> cells, PdfStyle style, float shade,
				boolean rule) throws IOException {
			float partnerWidth = flow.width() - cells.size() * COUNT_WIDTH;
			List<PdfLine> names = breaker.lines(List.of(new Run(partner, style)), partnerWidth - GAP);
			List<Placed> placed = new ArrayList<>();
			for (int i = 0; i < names.size(); i++) {
				placed.add(new Placed(0, flow.left() + 2, BODY_LEADING * (i + BASELINE), names.get(i)));
			}
			for (int i = 0; i < cells.size(); i++) {
				PdfLine cell = breaker.lines(List.of(new Run(cells.get(i), style)), COUNT_WIDTH).get(0);
				float right = flow.left() + partnerWidth + (i + 1) * COUNT_WIDTH - 2;
				placed.add(new Placed(0, right - cell.width(), BODY_LEADING * BASELINE, cell));
			}
			return new Row(placed, BODY_LEADING * names.size() + 2, shade, rule);
		}

		void section(PageFlow flow, SectionComparison section) throws IOException {
			flow.skip(HEADING_SPACE);
			List<Row> rows = new ArrayList<>();
			rows.addAll(paragraph(List.of(new Run(section.partnerName(), heading)), flow.left(), flow.width(),
					HEADING_LEADING));
			rows.addAll(paragraph(List.of(new Run(PairSides.headings(section), small)), flow.left(), flow.width(),
					SMALL_LEADING));
			if (section.pairs().isEmpty()) {
				rows.addAll(paragraph(List.of(new Run(Messages.noStatements, body)), flow.left(), flow.width(),
						BODY_LEADING));
				flow.rows(rows, true, null);
				return;
			}
			// the heading travels with the first pair, so that no page ends with a bare heading
			rows.addAll(pair(flow, section.pairs().get(0)));
			flow.rows(rows, true, null);
			for (StatementPair pair : section.pairs().subList(1, section.pairs().size())) {
				flow.rows(pair(flow, pair), true, null);
			}
			factMoves(flow, FactMoves.of(section));
		}

		/** The measures whose value moved, closing the partner's section as a list the reader can check the pairs against. */
		private void factMoves(PageFlow flow, List<FactMove> moves) throws IOException {
			if (moves.isEmpty()) {
				return;
			}
			List<Row> rows = new ArrayList<>(paragraph(List.of(new Run(Messages.factMoves, body)), flow.left(), flow.width(), BODY_LEADING));
			for (FactMove move : moves) {
				rows.addAll(paragraph(List.of(new Run(FACT_BULLET + move.label() + ": " + move.describe(), small)), //$NON-NLS-1$
						flow.left(), flow.width(), FACT_LEADING));
			}
			flow.rows(rows, true, null);
		}

		/** A pair: status, earlier and later statement side by side, then the changed facts. */
		private List<Row> pair(PageFlow flow, StatementPair pair) throws IOException {
			float textWidth = (flow.width() - STATUS_WIDTH - 2 * GAP) / 2;
			float fromX = flow.left() + STATUS_WIDTH + GAP;
			float toX = fromX + textWidth + GAP;

			List<Cell> status = new ArrayList<>();
			status.add(new Cell(breaker.lines(List.of(new Run(Messages.status(pair.status()), bold)), STATUS_WIDTH).get(0),
					BODY_LEADING));
			if (pair.significant()) {
				status.add(new Cell(breaker.lines(List.of(new Run(Messages.significant, significant)), STATUS_WIDTH)
						.get(0), BODY_LEADING));
			}
			List<Cell> earlier = side(PairSides.earlier(pair), PairSides.earlierText(pair), deleted, textWidth);
			List<Cell> later = side(PairSides.later(pair), PairSides.laterText(pair), inserted, textWidth);

			List<Row> rows = new ArrayList<>();
			int count = Math.max(status.size(), Math.max(earlier.size(), later.size()));
			for (int i = 0; i < count; i++) {
				float height = Math.max(leading(status, i), Math.max(leading(earlier, i), leading(later, i)));
				// the first row keeps the rule above the pair off the text
				float top = i == 0 ? PAIR_PADDING : 0;
				List<Placed> placed = new ArrayList<>();
				place(placed, 0, flow.left(), status, i, top, height);
				place(placed, 1, fromX, earlier, i, top, height);
				place(placed, 2, toX, later, i, top, height);
				rows.add(new Row(placed, top + height, -1, i == 0));
			}
			for (FactChange change : pair.factChanges()) {
				for (PdfLine line : breaker.lines(factRuns(change), 2 * textWidth + GAP)) {
					rows.add(Row.of(List.of(new Placed(3, fromX, FACT_LEADING * BASELINE, line)), FACT_LEADING));
				}
			}
			rows.add(Row.of(List.of(), PAIR_PADDING));
			return rows;
		}

		/** A statement column: its page and ids in small print, then its text. */
		private List<Cell> side(List<Statement> statements, MarkedText text, PdfStyle marked, float width)
				throws IOException {
			List<Cell> cells = new ArrayList<>();
			if (statements.isEmpty()) {
				return cells;
			}
			String ref = Messages.bind(Messages.page, PairSides.pages(statements)) + REF_SEPARATOR
					+ PairSides.ids(statements);
			for (PdfLine line : breaker.lines(List.of(new Run(ref, small)), width)) {
				cells.add(new Cell(line, SMALL_LEADING));
			}
			List<Run> runs = new ArrayList<>();
			for (MarkedText.Segment segment : text.segments()) {
				runs.add(new Run(segment.text(), segment.marked() ? marked : body));
			}
			for (PdfLine line : breaker.lines(runs, width)) {
				cells.add(new Cell(line, BODY_LEADING));
			}
			return cells;
		}

		/** A fact change as {@link FactChange#describe()} reads, the old value struck through, the new underlined. */
		private List<Run> factRuns(FactChange change) {
			List<Run> runs = new ArrayList<>();
			runs.add(new Run(FACT_BULLET, fact));
			if (change.from() == null) {
				runs.add(new Run("+ ", fact)); //$NON-NLS-1$
				runs.add(new Run(change.to().text(), factInserted));
			} else if (change.to() == null) {
				runs.add(new Run("\u2212 ", fact)); //$NON-NLS-1$
				runs.add(new Run(change.from().text(), factDeleted));
			} else {
				runs.add(new Run(change.from().text(), factDeleted));
				runs.add(new Run(ARROW, fact));
				runs.add(new Run(change.to().text(), factInserted));
				runs.add(new Run(" (" + FactFormat.delta(change.kind(), change.to().unit(), change.delta()) + ')', fact)); //$NON-NLS-1$
			}
			return runs;
		}

		private List<Row> paragraph(List<Run> runs, float x, float width, float leading) throws IOException {
			List<Row> rows = new ArrayList<>();
			for (PdfLine line : breaker.lines(runs, width)) {
				rows.add(Row.of(List.of(new Placed(0, x, leading * BASELINE, line)), leading));
			}
			return rows;
		}

		private static float leading(List<Cell> cells, int i) {
			return i < cells.size() ? cells.get(i).leading() : 0;
		}

		private static void place(List<Placed> placed, int column, float x, List<Cell> cells, int i, float top,
				float height) {
			if (i < cells.size()) {
				placed.add(new Placed(column, x, top + height * BASELINE, cells.get(i).line()));
			}
		}
	}

	/** A line of a column with the height it needs. */
	private record Cell(PdfLine line, float leading) {
	}
}
