package yeardiff.export.tests;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;

/**
 * Reports built by hand around one statement, for what the letters hold rarely or never: markup
 * characters in texts and headings, characters no PDF standard font has.
 */
final class SmallReports {

	private SmallReports() {
	}

	/** A report with one section, about no known subject, holding one statement on page 1. */
	static Report report(String id, String title, String heading, String statement) {
		ReportFactory factory = ReportFactory.eINSTANCE;
		Report report = factory.createReport();
		report.setId(id);
		report.setYear(Integer.parseInt(id));
		report.setKind(ReportKind.YEARLY);
		report.setTitle(title);
		Section section = factory.createSection();
		section.setId(id + "/s1"); //$NON-NLS-1$
		section.setHeading(heading);
		section.setLevel(1);
		section.setPage(1);
		report.getSections().add(section);
		Paragraph paragraph = factory.createParagraph();
		paragraph.setPage(1);
		section.getParagraphs().add(paragraph);
		Statement text = factory.createStatement();
		text.setId(id + "/s1/1"); //$NON-NLS-1$
		text.setText(statement);
		text.setPage(1);
		paragraph.getStatements().add(text);
		return report;
	}

	static ReportComparison compare(Report from, Report to) {
		return new ReportComparator().compare(from, to);
	}
}
