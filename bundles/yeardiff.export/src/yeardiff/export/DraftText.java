package yeardiff.export;

import java.util.List;

import yeardiff.model.api.Footnote;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/**
 * A draft as plain text, laid out as the letter: the title, then each heading followed by its
 * paragraphs, one line per paragraph, blank lines between; footnotes at the end under a rule.
 * Editors paste it into the ministry's letter template, which does its own line breaking.
 */
public final class DraftText {

	private static final String NEW_LINE = "\n"; //$NON-NLS-1$
	private static final String FOOTNOTE_RULE = "__________"; //$NON-NLS-1$

	private DraftText() {
	}

	public static String render(Report report) {
		StringBuilder text = new StringBuilder();
		if (report.getTitle() != null && !report.getTitle().isBlank()) {
			block(text, report.getTitle().strip());
		}
		for (Section section : report.getSections()) {
			section(text, section);
		}
		if (!report.getFootnotes().isEmpty()) {
			block(text, FOOTNOTE_RULE);
			for (Footnote footnote : report.getFootnotes()) {
				text.append(footnote.getNumber()).append(' ').append(footnote.getText()).append(NEW_LINE);
			}
		}
		return text.toString();
	}

	private static void section(StringBuilder text, Section section) {
		if (section.getHeading() != null && !section.getHeading().isBlank()) {
			block(text, section.getHeading().strip());
		}
		for (Paragraph paragraph : section.getParagraphs()) {
			List<String> sentences = paragraph.getStatements().stream().map(Statement::getText).toList();
			if (!sentences.isEmpty()) {
				block(text, String.join(" ", sentences)); //$NON-NLS-1$
			}
		}
		for (Section subsection : section.getSubsections()) {
			section(text, subsection);
		}
	}

	/** A line of its own, separated from the one before by a blank line. */
	private static void block(StringBuilder text, String line) {
		if (!text.isEmpty()) {
			text.append(NEW_LINE);
		}
		text.append(line).append(NEW_LINE);
	}
}
