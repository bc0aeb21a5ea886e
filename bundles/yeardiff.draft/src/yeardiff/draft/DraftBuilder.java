package yeardiff.draft;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;

import yeardiff.draft.internal.DraftIds;
import yeardiff.extract.StatementEnricher;
import yeardiff.model.api.Footnote;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Subject;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.util.StableIds;

/**
 * Starts next year's report from the last one. Editors used to copy last year's letter and hunt by
 * hand for what had gone out of date; a draft keeps the letter's structure and text, remembers for
 * every statement where it came from ({@code origin}), and reads its facts and commitments again
 * for the new year, so that the stale checks and the comparison with last year see it as the
 * report it is about to become.
 *
 * <p>The draft has no source, date or reference yet, and no pages: those belong to a sent letter.
 * The result depends only on the previous report and the year.</p>
 */
public final class DraftBuilder {

	private final ReportFactory factory = ReportFactory.eINSTANCE;
	private final StatementEnricher enricher = new StatementEnricher();

	/**
	 * A draft of the report on {@code year}, started from {@code previous}, which is left as it is.
	 *
	 * @return a new report of kind {@link ReportKind#DRAFT} with id {@code draft-<year>}
	 */
	public Report start(Report previous, int year) {
		Objects.requireNonNull(previous);
		Report draft = factory.createReport();
		draft.setId(DraftIds.report(year));
		draft.setYear(year);
		draft.setKind(ReportKind.DRAFT);
		draft.setBasedOn(previous.getId());
		draft.setTitle(retitle(previous.getTitle(), previous.getYear(), year));
		draft.setKamerstuk(previous.getKamerstuk());
		draft.setMinister(previous.getMinister());
		EcoreUtil.Copier subjects = new EcoreUtil.Copier();
		draft.getSubjects().addAll(subjects.copyAll(previous.getSubjects()));
		Set<String> used = new HashSet<>();
		for (Section section : previous.getSections()) {
			draft.getSections().add(section(section, draft, previous.getId(), subjects, used));
		}
		for (Footnote footnote : previous.getFootnotes()) {
			Footnote copy = factory.createFootnote();
			copy.setNumber(footnote.getNumber());
			copy.setText(footnote.getText());
			draft.getFootnotes().add(copy);
		}
		return draft;
	}

	/** "Rapportage internationale defensiesamenwerking 2021" becomes "... 2022". */
	private static String retitle(String title, int previousYear, int year) {
		if (title == null) {
			return null;
		}
		return Pattern.compile("(?<!\\d)" + previousYear + "(?!\\d)").matcher(title).replaceAll(String.valueOf(year)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Section section(Section previous, Report draft, String previousReportId, EcoreUtil.Copier subjects,
			Set<String> used) {
		Section section = factory.createSection();
		section.setId(StableIds.unique(draft.getId() + '/' + DraftIds.sectionKey(previous, previousReportId), used));
		section.setHeading(previous.getHeading());
		section.setLevel(previous.getLevel());
		section.setSubject(previous.getSubject() == null ? null : (Subject) subjects.get(previous.getSubject()));
		for (Paragraph paragraph : previous.getParagraphs()) {
			Paragraph copy = factory.createParagraph();
			for (Statement statement : paragraph.getStatements()) {
				copy.getStatements().add(statement(statement, section, draft.getYear(), used));
			}
			section.getParagraphs().add(copy);
		}
		for (Section subsection : previous.getSubsections()) {
			section.getSubsections().add(section(subsection, draft, previousReportId, subjects, used));
		}
		return section;
	}

	private Statement statement(Statement previous, Section section, int year, Set<String> used) {
		Statement statement = factory.createStatement();
		String text = previous.getText() == null ? "" : previous.getText(); //$NON-NLS-1$
		statement.setText(text);
		statement.setOrigin(previous.getId());
		statement.setId(StableIds.unique(section.getId() + '/' + StableIds.textHash(text), used));
		enricher.enrich(statement, year);
		return statement;
	}
}
