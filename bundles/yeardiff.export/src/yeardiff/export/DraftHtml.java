package yeardiff.export;

import static yeardiff.export.HtmlText.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import yeardiff.draft.StaleFinding;
import yeardiff.export.internal.Messages;
import yeardiff.model.api.Footnote;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/**
 * A draft as one self-contained HTML page (styles inline, no scripts, no external resources) for
 * review by people without Yeardiff: the letter with the statements the stale checks found marked,
 * each mark naming the check and its reason, and a list of them at the top linking to the marks.
 */
public final class DraftHtml {

	private static final String STYLE = """
			body { font-family: sans-serif; max-width: 50em; margin: 2em auto; line-height: 1.5; color: #222; }
			h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; } h3 { font-size: 1.05em; }
			mark.stale { background: #fff3b0; border-bottom: 2px solid #d08c00; }
			mark.stale:target { outline: 2px solid #d08c00; }
			.findings { background: #f6f6f6; padding: 0.5em 1.5em; border-left: 4px solid #d08c00; }
			.kind { font-family: monospace; font-size: 0.9em; }
			.footnotes { font-size: 0.9em; border-top: 1px solid #999; margin-top: 2em; }
			"""; //$NON-NLS-1$

	private static final int EXCERPT_LENGTH = 80;
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:]+$"); //$NON-NLS-1$

	private DraftHtml() {
	}

	/**
	 * @param findings what the stale checks found in {@code report}; findings on statements not in
	 *            it are listed but mark nothing
	 */
	public static String render(Report report, List<StaleFinding> findings) {
		Map<String, List<StaleFinding>> byStatement = new LinkedHashMap<>();
		for (StaleFinding finding : findings) {
			byStatement.computeIfAbsent(finding.statementId(), id -> new ArrayList<>()).add(finding);
		}
		String title = report.getTitle() == null ? report.getId() : report.getTitle();
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>") //$NON-NLS-1$
				.append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<h1>").append(escape(title)).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		findings(html, findings);
		for (Section section : report.getSections()) {
			section(html, section, byStatement);
		}
		if (!report.getFootnotes().isEmpty()) {
			html.append("<ol class=\"footnotes\">\n"); //$NON-NLS-1$
			for (Footnote footnote : report.getFootnotes()) {
				html.append("<li value=\"").append(footnote.getNumber()).append("\">").append(escape(footnote.getText())) //$NON-NLS-1$ //$NON-NLS-2$
						.append("</li>\n"); //$NON-NLS-1$
			}
			html.append("</ol>\n"); //$NON-NLS-1$
		}
		return html.append("</body>\n</html>\n").toString(); //$NON-NLS-1$
	}

	private static void findings(StringBuilder html, List<StaleFinding> findings) {
		html.append("<section class=\"findings\" lang=\"en\">\n<h2>").append(escape(Messages.DraftHtml_findings)).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		if (findings.isEmpty()) {
			html.append("<p>").append(escape(Messages.DraftHtml_noFindings)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			html.append("<ol>\n"); //$NON-NLS-1$
			for (StaleFinding finding : findings) {
				html.append("<li><a href=\"#").append(escape(finding.statementId())).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escape(excerpt(finding.text()))).append("</a> <span class=\"kind\">") //$NON-NLS-1$
						.append(escape(finding.kind())).append("</span> ").append(escape(finding.reason())).append("</li>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			html.append("</ol>\n"); //$NON-NLS-1$
		}
		html.append("</section>\n"); //$NON-NLS-1$
	}

	private static void section(StringBuilder html, Section section, Map<String, List<StaleFinding>> byStatement) {
		if (section.getHeading() != null && !section.getHeading().isBlank()) {
			String tag = section.getLevel() > 1 ? "h3" : "h2"; //$NON-NLS-1$ //$NON-NLS-2$
			html.append('<').append(tag).append('>').append(escape(section.getHeading().strip())).append("</").append(tag).append(">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Paragraph paragraph : section.getParagraphs()) {
			html.append("<p>"); //$NON-NLS-1$
			String separator = ""; //$NON-NLS-1$
			for (Statement statement : paragraph.getStatements()) {
				html.append(separator);
				separator = " "; //$NON-NLS-1$
				List<StaleFinding> marks = byStatement.get(statement.getId());
				if (marks == null) {
					html.append(escape(statement.getText()));
				} else {
					html.append("<mark class=\"stale\" id=\"").append(escape(statement.getId())).append("\" data-kinds=\"") //$NON-NLS-1$ //$NON-NLS-2$
							.append(escape(String.join(" ", marks.stream().map(StaleFinding::kind).toList()))) //$NON-NLS-1$
							.append("\" title=\"").append(escape(String.join("\n", //$NON-NLS-1$ //$NON-NLS-2$
									marks.stream().map(mark -> mark.kind() + ": " + mark.reason()).toList()))) //$NON-NLS-1$
							.append("\">").append(escape(statement.getText())).append("</mark>"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			html.append("</p>\n"); //$NON-NLS-1$
		}
		for (Section subsection : section.getSubsections()) {
			section(html, subsection, byStatement);
		}
	}

	/** The text's beginning, cut after a whole word. */
	private static String excerpt(String text) {
		if (text.length() <= EXCERPT_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
		return TRAILING_PUNCTUATION.matcher(text.substring(0, cut > 0 ? cut : EXCERPT_LENGTH)).replaceAll("") + '\u2026'; //$NON-NLS-1$
	}

}
