package yeardiff.testing;

import yeardiff.extract.StatementEnricher;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Subject;
import yeardiff.model.meta.ReportFactory;

/**
 * A yearly report written in the test, for what the sample letters do not hold: no value in them
 * stands unchanged over three yearly reports (the 2021 letter lacks most of its pages).
 */
public final class SmallReport {

	private final Report report;
	private Section section;

	public SmallReport(String id, int year, String title) {
		report = ReportFactory.eINSTANCE.createReport();
		report.setId(id);
		report.setYear(year);
		report.setKind(ReportKind.YEARLY);
		report.setTitle(title);
	}

	/** Starts a section; a heading the subject registry knows gives it that subject. */
	public SmallReport section(String key, String heading) {
		section = ReportFactory.eINSTANCE.createSection();
		section.setId(report.getId() + '/' + key);
		section.setHeading(heading);
		section.setLevel(1);
		if (heading != null) {
			SubjectRegistry.standard().match(heading).ifPresent(definition -> {
				Subject subject = definition.toModel();
				report.getSubjects().add(subject);
				section.setSubject(subject);
			});
		}
		report.getSections().add(section);
		return this;
	}

	/** Adds a paragraph of statements, each with its facts, to the current section. */
	public SmallReport paragraph(String... sentences) {
		Paragraph paragraph = ReportFactory.eINSTANCE.createParagraph();
		for (String sentence : sentences) {
			Statement statement = ReportFactory.eINSTANCE.createStatement();
			statement.setId(section.getId() + '/' + (section.getParagraphs().size() + 1) + '-' + (paragraph.getStatements().size() + 1));
			statement.setText(sentence);
			new StatementEnricher().enrich(statement, report.getYear());
			paragraph.getStatements().add(statement);
		}
		section.getParagraphs().add(paragraph);
		return this;
	}

	public Report report() {
		return report;
	}
}
