package yeardiff.model.util;

import java.util.ArrayList;
import java.util.List;

import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/**
 * A report's statements in the order the letter reads them: a section's own paragraphs before its
 * subsections. The model's containment order is the other way round (subsections are declared
 * first), so a plain tree walk would read a subsection before the text that introduces it.
 */
public final class ReadingOrder {

	private ReadingOrder() {
	}

	/** Every statement of {@code report}, in the order the letter reads them. */
	public static List<Statement> statements(Report report) {
		List<Statement> statements = new ArrayList<>();
		for (Section section : report.getSections()) {
			collect(section, statements);
		}
		return statements;
	}

	private static void collect(Section section, List<Statement> statements) {
		for (Paragraph paragraph : section.getParagraphs()) {
			statements.addAll(paragraph.getStatements());
		}
		for (Section subsection : section.getSubsections()) {
			collect(subsection, statements);
		}
	}
}
