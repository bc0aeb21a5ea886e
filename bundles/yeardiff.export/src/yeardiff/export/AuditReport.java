package yeardiff.export;

import static yeardiff.export.HtmlText.escape;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.Evidence;
import yeardiff.audit.VerdictView;
import yeardiff.export.internal.LineBreaker;
import yeardiff.export.internal.Messages;
import yeardiff.export.internal.PageFlow;
import yeardiff.export.internal.PageFlow.Placed;
import yeardiff.export.internal.PageFlow.Row;
import yeardiff.export.internal.PdfLine;
import yeardiff.export.internal.PdfLine.Run;
import yeardiff.export.internal.PdfStyle;

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
	/** Where the baseline lies in a line's height, as in the comparison PDF. */
	private static final float BASELINE = 0.78f;

	private final List<CommitmentRecord> records;

	public AuditReport(List<CommitmentRecord> records) {
		this.records = List.copyOf(records);
	}

	/** One HTML page with its styles inline: it can be mailed or archived as it is. */
	public String html() {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>") //$NON-NLS-1$
				.append(escape(Messages.AuditReport_title)).append("</title>\n<style>\n") //$NON-NLS-1$
				.append("body{font-family:sans-serif;font-size:10pt;margin:2em}table{border-collapse:collapse;width:100%}") //$NON-NLS-1$
				.append("th,td{border:1px solid #bbb;padding:4px;vertical-align:top;text-align:left}") //$NON-NLS-1$
				.append(".fulfilled{background:#e3f4e3}.changed{background:#fff3d6}.delayed{background:#fde2cf}") //$NON-NLS-1$
				.append(".silent{background:#f8d7da}.open{background:#eef}ul{margin:0;padding-left:1.2em}") //$NON-NLS-1$
				.append(".meta{color:#555;font-size:9pt}\n</style>\n</head>\n<body>\n<h1>") //$NON-NLS-1$
				.append(escape(Messages.AuditReport_title)).append("</h1>\n<table>\n<tr>"); //$NON-NLS-1$
		for (String column : List.of(Messages.AuditReport_columnCommitment, Messages.AuditReport_columnPartner, Messages.AuditReport_columnStatement,
				Messages.AuditReport_columnDue, Messages.AuditReport_columnStatus, Messages.AuditReport_columnReason, Messages.AuditReport_evidence)) {
			html.append("<th>").append(escape(column)).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.append("</tr>\n"); //$NON-NLS-1$
		for (CommitmentRecord record : records) {
			String status = record.status().getLiteral();
			html.append("<tr class=\"").append(status).append("\" id=\"").append(escape(record.id())).append("\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(cell(record.id() + '\n' + record.report() + ", " + Messages.AuditReport_page + ' ' //$NON-NLS-1$
							+ record.statement().getPage()))
					.append(cell(record.partner())).append(cell(record.statement().getText()))
					.append(cell(record.due() == null ? Messages.AuditReport_noDue : record.due())).append("<td><b>") //$NON-NLS-1$
					.append(escape(status)).append("</b>"); //$NON-NLS-1$
			if (record.verdict() != null) {
				html.append("<div class=\"meta\">").append(escape(Messages.AuditReport_automatic)).append(": ") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escape(record.automaticStatus().getLiteral())).append("</div>"); //$NON-NLS-1$
			}
			html.append("</td><td>").append(escape(record.reason())); //$NON-NLS-1$
			VerdictView verdict = record.verdict();
			if (verdict != null) {
				html.append("<p><b>").append(escape(Messages.AuditReport_verdict)).append(":</b> ") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escape(verdict.rationale())).append("<br><span class=\"meta\">") //$NON-NLS-1$
						.append(escape(verdictLine(verdict))).append("</span></p>"); //$NON-NLS-1$
			}
			html.append("</td><td>"); //$NON-NLS-1$
			if (record.evidence().isEmpty()) {
				html.append(escape(Messages.AuditReport_noEvidence));
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
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(Messages.AuditReport_columnCommitment, Messages.AuditReport_columnReport,
				Messages.AuditReport_columnYear, Messages.AuditReport_columnPartner, Messages.AuditReport_columnStatement, Messages.AuditReport_columnPage,
				Messages.AuditReport_columnDue, Messages.AuditReport_columnStatus, Messages.AuditReport_columnAutomaticStatus, Messages.AuditReport_columnReason,
				Messages.AuditReport_columnVerdictRationale, Messages.AuditReport_columnVerdictAuthor, Messages.AuditReport_columnVerdictDate,
				Messages.AuditReport_columnVerdictCommit, Messages.AuditReport_columnEvidenceReport, Messages.AuditReport_columnEvidenceYear,
				Messages.AuditReport_columnEvidenceStatement, Messages.AuditReport_columnEvidencePage, Messages.AuditReport_columnEvidenceCommit,
				Messages.AuditReport_columnEvidenceText).get();
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
	 * The report as a PDF in Helvetica, which every reader has, laid out by the exports' own page
	 * flow and line breaking: characters outside its Windows code page (an arrow, a Greek letter)
	 * print as '?' — never as a stand-in, since the report quotes auditors' words — so nothing is
	 * silently left out or reworded.
	 */
	public byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle(Messages.AuditReport_title);
			LineBreaker breaker = new LineBreaker(false);
			PdfStyle regular = PdfStyle.of(new PDType1Font(Standard14Fonts.FontName.HELVETICA), FONT_SIZE);
			PdfStyle bold = PdfStyle.of(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), FONT_SIZE);
			PdfStyle heading = PdfStyle.of(bold.font(), HEADING_SIZE);
			try (PageFlow flow = new PageFlow(document, PDRectangle.A4, MARGIN, 0)) {
				Paragraphs text = new Paragraphs(flow, breaker);
				text.add(Messages.AuditReport_title, heading, 0);
				for (CommitmentRecord record : records) {
					flow.skip(FONT_SIZE * LEADING);
					text.add(record.id() + "  [" + record.status().getLiteral() + ']', bold, 0); //$NON-NLS-1$
					text.add(record.report() + ", " + Messages.AuditReport_page + ' ' + record.statement().getPage() + ", " //$NON-NLS-1$ //$NON-NLS-2$
							+ text(record.partner()) + ", " + Messages.AuditReport_due + ' ' //$NON-NLS-1$
							+ (record.due() == null ? Messages.AuditReport_noDue : record.due()), regular, 0);
					text.add(record.statement().getText(), regular, INDENT);
					text.add(record.reason(), regular, INDENT);
					VerdictView verdict = record.verdict();
					if (verdict != null) {
						text.add(Messages.AuditReport_verdict + ": " + verdict.rationale() + " (" + verdictLine(verdict) + "; " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ Messages.AuditReport_automatic + ": " + record.automaticStatus().getLiteral() + ')', regular, INDENT); //$NON-NLS-1$
					}
					for (Evidence evidence : record.evidence()) {
						text.add("- " + evidence.text() + " (" + evidenceLine(evidence) + ')', regular, 2 * INDENT); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** Paragraphs down the pages, each line as a row of its own so that a page may break between them. */
	private record Paragraphs(PageFlow flow, LineBreaker breaker) {

		void add(String text, PdfStyle style, float indent) throws IOException {
			float leading = style.size() * LEADING;
			List<Row> rows = new ArrayList<>();
			for (PdfLine line : breaker.lines(List.of(new Run(text, style)), flow.width() - indent)) {
				rows.add(Row.of(List.of(new Placed(0, flow.left() + indent, leading * BASELINE, line)), leading));
			}
			flow.rows(rows, false, null);
		}
	}

	private static String evidenceLine(Evidence evidence) {
		return evidence.report() + ", " + Messages.AuditReport_page + ' ' + evidence.page() + ", " + evidence.statementId() //$NON-NLS-1$ //$NON-NLS-2$
				+ (evidence.commit() == null ? "" : ", " + Messages.AuditReport_commit + ' ' + evidence.commit()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String verdictLine(VerdictView verdict) {
		return verdict.status().getLiteral() + ", " + text(verdict.author()) + ", " + text(verdict.date()) //$NON-NLS-1$ //$NON-NLS-2$
				+ (verdict.commit() == null ? "" : ", " + Messages.AuditReport_commit + ' ' + verdict.commit()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	private static String cell(String text) {
		return "<td>" + escape(text).replace("\n", "<br>") + "</td>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
