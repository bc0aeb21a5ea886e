package yeardiff.audit;

import static yeardiff.export.HtmlText.escape;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import yeardiff.audit.internal.Messages;

/**
 * The audit as a document to hand on: every commitment with its status, the reason or the
 * auditor's rationale, and the evidence with report, page and commit, so that a reader can check
 * each claim against the letter and the repository. HTML (one self-contained file), CSV (one row
 * per piece of evidence) and PDF.
 */
public final class AuditReport {

	private static final float FONT_SIZE = 9;
	private static final float HEADING_SIZE = 14;
	private static final float LEADING = 1.3f;
	private static final float MARGIN = 50;
	private static final float INDENT = 14;
	private static final char UNENCODABLE = '?';

	private final List<CommitmentRecord> records;

	public AuditReport(List<CommitmentRecord> records) {
		this.records = List.copyOf(records);
	}

	/** One HTML page with its styles inline: it can be mailed or archived as it is. */
	public String html() {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>") //$NON-NLS-1$
				.append(escape(Messages.reportTitle)).append("</title>\n<style>\n") //$NON-NLS-1$
				.append("body{font-family:sans-serif;font-size:10pt;margin:2em}table{border-collapse:collapse;width:100%}") //$NON-NLS-1$
				.append("th,td{border:1px solid #bbb;padding:4px;vertical-align:top;text-align:left}") //$NON-NLS-1$
				.append(".fulfilled{background:#e3f4e3}.changed{background:#fff3d6}.delayed{background:#fde2cf}") //$NON-NLS-1$
				.append(".silent{background:#f8d7da}.open{background:#eef}ul{margin:0;padding-left:1.2em}") //$NON-NLS-1$
				.append(".meta{color:#555;font-size:9pt}\n</style>\n</head>\n<body>\n<h1>") //$NON-NLS-1$
				.append(escape(Messages.reportTitle)).append("</h1>\n<table>\n<tr>"); //$NON-NLS-1$
		for (String column : List.of(Messages.columnCommitment, Messages.columnPartner, Messages.columnStatement,
				Messages.columnDue, Messages.columnStatus, Messages.columnReason, Messages.labelEvidence)) {
			html.append("<th>").append(escape(column)).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.append("</tr>\n"); //$NON-NLS-1$
		for (CommitmentRecord record : records) {
			String status = record.status().getLiteral();
			html.append("<tr class=\"").append(status).append("\" id=\"").append(escape(record.id())).append("\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(cell(record.id() + '\n' + record.report() + ", " + Messages.labelPage + ' ' //$NON-NLS-1$
							+ record.statement().getPage()))
					.append(cell(record.partner())).append(cell(record.statement().getText()))
					.append(cell(record.due() == null ? Messages.labelNoDue : record.due())).append("<td><b>") //$NON-NLS-1$
					.append(escape(status)).append("</b>"); //$NON-NLS-1$
			if (record.verdict() != null) {
				html.append("<div class=\"meta\">").append(escape(Messages.labelAutomatic)).append(": ") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escape(record.automaticStatus().getLiteral())).append("</div>"); //$NON-NLS-1$
			}
			html.append("</td><td>").append(escape(record.reason())); //$NON-NLS-1$
			VerdictView verdict = record.verdict();
			if (verdict != null) {
				html.append("<p><b>").append(escape(Messages.labelVerdict)).append(":</b> ") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escape(verdict.rationale())).append("<br><span class=\"meta\">") //$NON-NLS-1$
						.append(escape(verdictLine(verdict))).append("</span></p>"); //$NON-NLS-1$
			}
			html.append("</td><td>"); //$NON-NLS-1$
			if (record.evidence().isEmpty()) {
				html.append(escape(Messages.labelNoEvidence));
			} else {
				html.append("<ul>"); //$NON-NLS-1$
				for (Evidence evidence : record.evidence()) {
					html.append("<li>").append(escape(evidence.text())).append("<br><span class=\"meta\">") //$NON-NLS-1$ //$NON-NLS-2$
							.append(escape(evidenceLine(evidence))).append("</span></li>"); //$NON-NLS-1$
				}
				html.append("</ul>"); //$NON-NLS-1$
			}
			html.append("</td></tr>\n"); //$NON-NLS-1$
		}
		return html.append("</table>\n</body>\n</html>\n").toString(); //$NON-NLS-1$
	}

	/**
	 * One row per piece of evidence, the commitment repeated on each; a commitment without evidence
	 * has one row with the evidence columns empty.
	 */
	public String csv() {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(Messages.columnCommitment, Messages.columnReport,
				Messages.columnYear, Messages.columnPartner, Messages.columnStatement, Messages.columnPage,
				Messages.columnDue, Messages.columnStatus, Messages.columnAutomaticStatus, Messages.columnReason,
				Messages.columnVerdictRationale, Messages.columnVerdictAuthor, Messages.columnVerdictDate,
				Messages.columnVerdictCommit, Messages.columnEvidenceReport, Messages.columnEvidenceYear,
				Messages.columnEvidenceStatement, Messages.columnEvidencePage, Messages.columnEvidenceCommit,
				Messages.columnEvidenceText).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (CommitmentRecord record : records) {
				VerdictView verdict = record.verdict();
				List<Object> commitment = List.of(record.id(), record.report(), Integer.valueOf(record.year()),
						text(record.partner()), record.statement().getText(), Integer.valueOf(record.statement().getPage()),
						text(record.due()), record.status().getLiteral(), record.automaticStatus().getLiteral(),
						record.reason(), verdict == null ? "" : verdict.rationale(), //$NON-NLS-1$
						verdict == null ? "" : text(verdict.author()), verdict == null ? "" : text(verdict.date()), //$NON-NLS-1$ //$NON-NLS-2$
						verdict == null ? "" : text(verdict.commit())); //$NON-NLS-1$
				if (record.evidence().isEmpty()) {
					List<Object> row = new ArrayList<>(commitment);
					row.addAll(List.of("", "", "", "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					printer.printRecord(row);
				}
				for (Evidence evidence : record.evidence()) {
					List<Object> row = new ArrayList<>(commitment);
					row.addAll(List.of(evidence.report(), Integer.valueOf(evidence.year()), evidence.statementId(),
							Integer.valueOf(evidence.page()), text(evidence.commit()), evidence.text()));
					printer.printRecord(row);
				}
			}
		} catch (IOException e) {
			// a StringWriter does not fail
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/**
	 * The report as a PDF in Helvetica, which every reader has: characters outside its Windows
	 * code page (an arrow, a Greek letter) print as '?', so nothing is silently left out.
	 */
	public byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PdfWriter writer = new PdfWriter(document);
			writer.line(Messages.reportTitle, writer.bold, HEADING_SIZE, 0);
			for (CommitmentRecord record : records) {
				writer.gap();
				writer.paragraph(record.id() + "  [" + record.status().getLiteral() + ']', writer.bold, 0); //$NON-NLS-1$
				writer.paragraph(record.report() + ", " + Messages.labelPage + ' ' + record.statement().getPage() + ", " //$NON-NLS-1$ //$NON-NLS-2$
						+ text(record.partner()) + ", " + Messages.labelDue + ' ' //$NON-NLS-1$
						+ (record.due() == null ? Messages.labelNoDue : record.due()), writer.regular, 0);
				writer.paragraph(record.statement().getText(), writer.regular, INDENT);
				writer.paragraph(record.reason(), writer.regular, INDENT);
				VerdictView verdict = record.verdict();
				if (verdict != null) {
					writer.paragraph(Messages.labelVerdict + ": " + verdict.rationale() + " (" + verdictLine(verdict) + "; " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ Messages.labelAutomatic + ": " + record.automaticStatus().getLiteral() + ')', writer.regular, INDENT); //$NON-NLS-1$
				}
				for (Evidence evidence : record.evidence()) {
					writer.paragraph("- " + evidence.text() + " (" + evidenceLine(evidence) + ')', writer.regular, 2 * INDENT); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			writer.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static String evidenceLine(Evidence evidence) {
		return evidence.report() + ", " + Messages.labelPage + ' ' + evidence.page() + ", " + evidence.statementId() //$NON-NLS-1$ //$NON-NLS-2$
				+ (evidence.commit() == null ? "" : ", " + Messages.labelCommit + ' ' + evidence.commit()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String verdictLine(VerdictView verdict) {
		return verdict.status().getLiteral() + ", " + text(verdict.author()) + ", " + text(verdict.date()) //$NON-NLS-1$ //$NON-NLS-2$
				+ (verdict.commit() == null ? "" : ", " + Messages.labelCommit + ' ' + verdict.commit()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	private static String cell(String text) {
		return "<td>" + escape(text).replace("\n", "<br>") + "</td>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Lays text out on A4 pages, wrapping at word boundaries and starting a page when one is full. */
	private static final class PdfWriter {
		final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		private final PDDocument document;
		private final Map<Character, Character> encodable = new HashMap<>();
		private PDPageContentStream stream;
		private float y;

		PdfWriter(PDDocument document) throws IOException {
			this.document = document;
			newPage();
		}

		void gap() {
			y -= FONT_SIZE * LEADING;
		}

		void paragraph(String text, PDType1Font font, float indent) throws IOException {
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
			StringBuilder line = new StringBuilder();
			for (String word : printable(text).split(" ")) { //$NON-NLS-1$
				String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
				if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
					line(line.toString(), font, FONT_SIZE, indent);
					line.setLength(0);
					line.append(word);
				} else {
					line.setLength(0);
					line.append(candidate);
				}
			}
			line(line.toString(), font, FONT_SIZE, indent);
		}

		void line(String text, PDType1Font font, float size, float indent) throws IOException {
			if (y - size * LEADING < MARGIN) {
				newPage();
			}
			y -= size * LEADING;
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(MARGIN + indent, y);
			stream.showText(printable(text));
			stream.endText();
		}

		/** White space made plain, and every character Helvetica cannot encode replaced by '?'. */
		private String printable(String text) {
			StringBuilder printable = new StringBuilder(text.length());
			for (char c : text.replaceAll("\\s+", " ").toCharArray()) { //$NON-NLS-1$ //$NON-NLS-2$
				printable.append(encodable.computeIfAbsent(Character.valueOf(c), this::encodable).charValue());
			}
			return printable.toString();
		}

		private Character encodable(Character c) {
			try {
				regular.encode(c.toString());
				bold.encode(c.toString());
				return c;
			} catch (IllegalArgumentException | IOException e) {
				return Character.valueOf(UNENCODABLE);
			}
		}

		private void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void close() throws IOException {
			if (stream != null) {
				stream.close();
				stream = null;
			}
		}
	}
}
