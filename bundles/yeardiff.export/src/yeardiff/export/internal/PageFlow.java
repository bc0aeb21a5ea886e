package yeardiff.export.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import yeardiff.export.internal.PdfLine.Run;
import yeardiff.export.internal.PdfStyle.Decoration;

/**
 * Lays rows of text down the pages of a PDF document, top to bottom, starting a page when the next
 * row does not fit. A row holds lines in several columns; on each page the rows' lines are written
 * column by column, so that text extraction, copying and screen readers read a column's text in
 * one piece instead of alternating between the columns line by line.
 */
public final class PageFlow implements AutoCloseable {

	/**
	 * A line placed in a row.
	 *
	 * @param column the column it belongs to, which orders the writing
	 * @param x where the line starts
	 * @param baseline how far below the row's top its baseline lies
	 */
	public record Placed(int column, float x, float baseline, PdfLine line) {
	}

	/**
	 * A band across the page.
	 *
	 * @param shade a grey (0 black .. 1 white) to fill the band with, or a negative value for none
	 * @param ruleAbove whether a thin line separates the band from what is above it
	 */
	public record Row(List<Placed> lines, float height, float shade, boolean ruleAbove) {

		public static Row of(List<Placed> lines, float height) {
			return new Row(lines, height, -1, false);
		}
	}

	private static final float RULE_GREY = 0.8f;
	private static final float RULE_WIDTH = 0.5f;
	private static final float STRIKE_HEIGHT = 0.3f;
	private static final float UNDERLINE_DEPTH = 0.15f;

	private final PDDocument document;
	private final PDRectangle size;
	private final float margin;
	private final float footer;
	private PDPageContentStream content;
	private float y;

	/**
	 * @param margin the margin on every side
	 * @param footer the room above the bottom margin kept free for the page footer
	 */
	public PageFlow(PDDocument document, PDRectangle size, float margin, float footer) {
		this.document = document;
		this.size = size;
		this.margin = margin;
		this.footer = footer;
	}

	public float left() {
		return margin;
	}

	public float width() {
		return size.getWidth() - 2 * margin;
	}

	/** The height a page offers to rows. */
	public float pageHeight() {
		return size.getHeight() - 2 * margin - footer;
	}

	private float bottom() {
		return margin + footer;
	}

	/** Starts a new page. */
	public void newPage() throws IOException {
		closeContent();
		PDPage page = new PDPage(size);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = size.getHeight() - margin;
	}

	/** Leaves vertical room, unless at the top of a page. */
	public void skip(float height) throws IOException {
		ensurePage();
		if (y < size.getHeight() - margin) {
			y -= Math.min(height, y - bottom());
		}
	}

	/**
	 * Writes the rows, starting a page where the next row does not fit. Rows kept together move to
	 * the next page as a whole when they do not fit on this one but would fit on an empty one;
	 * otherwise they break where they must.
	 *
	 * @param header a row to repeat at the top of every page the rows continue on, or {@code null}
	 */
	public void rows(List<Row> rows, boolean keepTogether, Row header) throws IOException {
		ensurePage();
		float total = (float) rows.stream().mapToDouble(Row::height).sum();
		if (keepTogether && total > y - bottom() && total <= pageHeight()) {
			newPage();
		}
		List<Row> page = new ArrayList<>();
		List<Float> tops = new ArrayList<>();
		for (Row row : rows) {
			if (row.height() > y - bottom() && !(page.isEmpty() && atTop())) {
				write(page, tops);
				page.clear();
				tops.clear();
				newPage();
				if (header != null) {
					write(List.of(header), List.of(Float.valueOf(y)));
					y -= header.height();
				}
			}
			page.add(row);
			tops.add(Float.valueOf(y));
			y -= row.height();
		}
		write(page, tops);
	}

	private boolean atTop() {
		return y >= size.getHeight() - margin;
	}

	private void write(List<Row> rows, List<Float> tops) throws IOException {
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			float top = tops.get(i).floatValue();
			if (row.shade() >= 0) {
				content.setNonStrokingColor(row.shade(), row.shade(), row.shade());
				content.addRect(margin, top - row.height(), width(), row.height());
				content.fill();
			}
			if (row.ruleAbove()) {
				rule(top);
			}
		}
		List<Placed> lines = new ArrayList<>();
		List<Float> baselines = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			for (Placed placed : rows.get(i).lines()) {
				lines.add(placed);
				baselines.add(Float.valueOf(tops.get(i).floatValue() - placed.baseline()));
			}
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			order.add(Integer.valueOf(i));
		}
		order.sort(Comparator.comparingInt(i -> lines.get(i.intValue()).column()));
		for (Integer i : order) {
			Placed placed = lines.get(i.intValue());
			line(placed.line(), placed.x(), baselines.get(i.intValue()).floatValue());
		}
	}

	private void line(PdfLine line, float x, float baseline) throws IOException {
		float at = x;
		for (Run run : line.runs()) {
			PdfStyle style = run.style();
			content.setNonStrokingColor(style.red(), style.green(), style.blue());
			content.beginText();
			content.setFont(style.font(), style.size());
			content.newLineAtOffset(at, baseline);
			content.showText(run.text());
			content.endText();
			float runWidth = LineBreaker.width(run.text(), style);
			if (style.decoration() != Decoration.NONE) {
				float lineY = baseline + style.size()
						* (style.decoration() == Decoration.STRIKE ? STRIKE_HEIGHT : -UNDERLINE_DEPTH);
				content.setStrokingColor(style.red(), style.green(), style.blue());
				content.setLineWidth(RULE_WIDTH);
				content.moveTo(at, lineY);
				content.lineTo(at + runWidth, lineY);
				content.stroke();
			}
			at += runWidth;
		}
	}

	private void rule(float atY) throws IOException {
		content.setStrokingColor(RULE_GREY, RULE_GREY, RULE_GREY);
		content.setLineWidth(RULE_WIDTH);
		content.moveTo(margin, atY);
		content.lineTo(margin + width(), atY);
		content.stroke();
	}

	private void ensurePage() throws IOException {
		if (content == null) {
			newPage();
		}
	}

	/**
	 * Writes {@code left} and the page's number at the foot of every page, once all pages exist.
	 *
	 * @param numbering the text of the page number, with {@code {0}} and {@code {1}} for this page
	 *            and the number of pages
	 */
	public void footers(String left, PdfStyle style, String numbering, LineBreaker breaker) throws IOException {
		closeContent();
		int pages = document.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			PDPage page = document.getPage(i);
			try (PDPageContentStream footerContent = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				content = footerContent;
				String number = Messages.bind(numbering, Integer.valueOf(i + 1), Integer.valueOf(pages));
				PdfLine numberLine = breaker.lines(List.of(new Run(number, style)), width()).get(0);
				line(breaker.lines(List.of(new Run(left, style)), width() / 2).get(0), margin, margin);
				line(numberLine, margin + width() - numberLine.width(), margin);
			} finally {
				content = null;
			}
		}
	}

	private void closeContent() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}

	@Override
	public void close() throws IOException {
		closeContent();
	}
}
