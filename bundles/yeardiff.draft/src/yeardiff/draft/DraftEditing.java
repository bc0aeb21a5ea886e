package yeardiff.draft;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import yeardiff.draft.internal.DraftIds;
import yeardiff.draft.internal.Messages;
import yeardiff.draft.internal.RecordedChange;
import yeardiff.extract.StatementEnricher;
import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Subject;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.util.StableIds;

/**
 * The edits the draft editor makes, as EMF commands for a
 * {@link org.eclipse.emf.common.command.BasicCommandStack}, so that the workbench gets undo and redo
 * without an editing domain. Each command records what it changes and reverses the recording to
 * undo: a changed text comes back with exactly the facts and commitment it had.
 *
 * <p>A command that would change nothing, or that does not fit the model (a position out of range,
 * an element not in a report), cannot be executed: the command stack refuses it.</p>
 *
 * <p>Ids are given once, when an element enters the draft: a statement keeps its id when its text
 * changes or it moves, so selections, findings and the comparison with last year keep pointing at
 * it.</p>
 */
public final class DraftEditing {

	private DraftEditing() {
	}

	/** Replaces a statement's text and reads its facts, commitment and references again for the report's year. */
	public static Command setText(Statement statement, String text) {
		Report report = report(statement);
		String newText = text == null ? null : text.strip();
		return new RecordedChange(Messages.setTextLabel, report,
				() -> newText != null && !newText.isEmpty() && !newText.equals(statement.getText()), () -> {
					statement.setText(newText);
					new StatementEnricher().enrich(statement, report.getYear());
				});
	}

	/**
	 * Adds a statement to a section.
	 *
	 * @param paragraphIndex the paragraph to add to; the number of paragraphs starts a new paragraph
	 *            at the end of the section
	 * @param position where in the paragraph the statement goes
	 */
	public static Command addStatement(Section section, int paragraphIndex, int position, String text) {
		Report report = report(section);
		String newText = text == null ? null : text.strip();
		return new RecordedChange(Messages.addStatementLabel, report, () -> newText != null && !newText.isEmpty()
				&& paragraphIndex >= 0 && paragraphIndex <= section.getParagraphs().size()
				&& position >= 0 && position <= (paragraphIndex == section.getParagraphs().size() ? 0
						: section.getParagraphs().get(paragraphIndex).getStatements().size()), () -> {
					Statement statement = ReportFactory.eINSTANCE.createStatement();
					statement.setText(newText);
					statement.setId(StableIds.unique(section.getId() + '/' + StableIds.textHash(newText), DraftIds.used(report)));
					new StatementEnricher().enrich(statement, report.getYear());
					Paragraph paragraph;
					if (paragraphIndex == section.getParagraphs().size()) {
						paragraph = ReportFactory.eINSTANCE.createParagraph();
						section.getParagraphs().add(paragraph);
					} else {
						paragraph = section.getParagraphs().get(paragraphIndex);
					}
					paragraph.getStatements().add(position, statement);
				});
	}

	/** Removes a statement, and its paragraph when nothing else is left in it. */
	public static Command deleteStatement(Statement statement) {
		return new RecordedChange(Messages.deleteStatementLabel, report(statement), () -> statement.eContainer() instanceof Paragraph,
				() -> {
					Paragraph paragraph = (Paragraph) statement.eContainer();
					paragraph.getStatements().remove(statement);
					removeIfEmpty(paragraph);
				});
	}

	/**
	 * Moves a statement into a paragraph of the same report, at {@code position} among the
	 * statements that will be there; the paragraph it leaves is removed when it becomes empty.
	 */
	public static Command moveStatement(Statement statement, Paragraph target, int position) {
		Report report = report(statement);
		return new RecordedChange(Messages.moveStatementLabel, report, () -> {
			if (!(statement.eContainer() instanceof Paragraph source) || report == null || report(target) != report) {
				return false;
			}
			int size = target.getStatements().size() - (source == target ? 1 : 0);
			return position >= 0 && position <= size && !(source == target && source.getStatements().indexOf(statement) == position);
		}, () -> {
			Paragraph source = (Paragraph) statement.eContainer();
			if (source == target) {
				target.getStatements().move(position, statement);
			} else {
				target.getStatements().add(position, statement);
				removeIfEmpty(source);
			}
		});
	}

	/**
	 * Adds an empty top-level section. A heading that names a partner, organisation or theme
	 * {@code subjects} knows gives the section that subject, as the importer would: pass the
	 * repository's subjects (with what its users taught), as the importer gets them.
	 */
	public static Command addSection(Report report, int position, String heading, SubjectRegistry subjects) {
		String newHeading = heading == null ? null : heading.strip();
		return new RecordedChange(Messages.addSectionLabel, report, () -> newHeading != null && !newHeading.isEmpty()
				&& position >= 0 && position <= report.getSections().size(), () -> {
					Section section = ReportFactory.eINSTANCE.createSection();
					SubjectDefinition definition = subjects.match(newHeading).orElse(null);
					String key = definition == null ? StableIds.slug(newHeading) : definition.id();
					section.setId(StableIds.unique(report.getId() + '/' + key, DraftIds.used(report)));
					section.setHeading(newHeading);
					section.setLevel(1);
					if (definition != null) {
						section.setSubject(subject(report, definition));
					}
					report.getSections().add(position, section);
				});
	}

	/** Removes a section with all it holds. */
	public static Command deleteSection(Section section) {
		return new RecordedChange(Messages.deleteSectionLabel, report(section), () -> siblings(section) != null,
				() -> EcoreUtil.remove(section));
	}

	/** Moves a section to {@code position} among the sections beside it (top-level, or a parent's subsections). */
	public static Command moveSection(Section section, int position) {
		return new RecordedChange(Messages.moveSectionLabel, report(section), () -> {
			List<Section> siblings = siblings(section);
			return siblings != null && position >= 0 && position < siblings.size() && siblings.indexOf(section) != position;
		}, () -> siblings(section).move(position, section));
	}

	/**
	 * Moves a statement one place up ({@code step} -1) or down (+1) in its section: within its
	 * paragraph, or across the boundary onto the end of the paragraph before or the start of the one
	 * after. At the section's first or last place it cannot be executed.
	 */
	public static Command moveStatementBy(Statement statement, int step) {
		if (step != -1 && step != 1 || !(statement.eContainer() instanceof Paragraph paragraph)
				|| !(paragraph.eContainer() instanceof Section section)) {
			return UnexecutableCommand.INSTANCE;
		}
		int index = paragraph.getStatements().indexOf(statement) + step;
		int paragraphIndex = section.getParagraphs().indexOf(paragraph);
		if (index >= 0 && index < paragraph.getStatements().size()) {
			return moveStatement(statement, paragraph, index);
		}
		if (step < 0 && paragraphIndex > 0) {
			Paragraph previous = section.getParagraphs().get(paragraphIndex - 1);
			return moveStatement(statement, previous, previous.getStatements().size());
		}
		if (step > 0 && paragraphIndex < section.getParagraphs().size() - 1) {
			return moveStatement(statement, section.getParagraphs().get(paragraphIndex + 1), 0);
		}
		return UnexecutableCommand.INSTANCE;
	}

	/** Moves a section one place up (-1) or down (+1) among the sections beside it. */
	public static Command moveSectionBy(Section section, int step) {
		List<Section> siblings = siblings(section);
		return siblings == null ? UnexecutableCommand.INSTANCE : moveSection(section, siblings.indexOf(section) + step);
	}

	/**
	 * Adds a statement where an editor who selected {@code selected} expects it: right after a
	 * selected statement in its paragraph, or in a new paragraph at the end of a selected section.
	 */
	public static Command addStatementAfter(EObject selected, String text) {
		if (selected instanceof Statement statement && statement.eContainer() instanceof Paragraph paragraph
				&& paragraph.eContainer() instanceof Section section) {
			return addStatement(section, section.getParagraphs().indexOf(paragraph), paragraph.getStatements().indexOf(statement) + 1, text);
		}
		if (selected instanceof Section section) {
			return addStatement(section, section.getParagraphs().size(), 0, text);
		}
		return UnexecutableCommand.INSTANCE;
	}

	/**
	 * Adds a top-level section after the top-level section that holds {@code selected} (a section,
	 * paragraph or statement), or at the end of the report when nothing is selected.
	 */
	public static Command addSectionAfter(Report report, EObject selected, String heading, SubjectRegistry subjects) {
		EObject current = selected;
		while (current != null && !(current.eContainer() instanceof Report)) {
			current = current.eContainer();
		}
		int position = current instanceof Section top && top.eContainer() == report ? report.getSections().indexOf(top) + 1
				: report.getSections().size();
		return addSection(report, position, heading, subjects);
	}

	private static EList<Section> siblings(Section section) {
		EObject container = section.eContainer();
		if (container instanceof Report report) {
			return report.getSections();
		}
		if (container instanceof Section parent) {
			return parent.getSubsections();
		}
		return null;
	}

	private static Subject subject(Report report, SubjectDefinition definition) {
		for (Subject subject : report.getSubjects()) {
			if (definition.id().equals(subject.getId())) {
				return subject;
			}
		}
		Subject subject = definition.toModel();
		report.getSubjects().add(subject);
		return subject;
	}

	private static void removeIfEmpty(Paragraph paragraph) {
		if (paragraph.getStatements().isEmpty()) {
			EcoreUtil.remove(paragraph);
		}
	}

	/** The report an element belongs to, or null: a command on it then cannot be executed. */
	private static Report report(EObject element) {
		Objects.requireNonNull(element);
		return EcoreUtil.getRootContainer(element) instanceof Report report ? report : null;
	}
}
