package yeardiff.draft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;

import yeardiff.draft.DraftBuilder;
import yeardiff.draft.DraftEditing;
import yeardiff.extract.TaughtSubjects;
import yeardiff.extract.SubjectRegistry;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.Modality;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.testing.Letters;

/**
 * Editing a 2022 draft with commands on a command stack: every edit, undone and redone, gives back
 * exactly the texts, facts and commitments there were.
 */
class DraftEditingTest {

	private static final String BUDGET = "Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP).";
	private static final String NEW_BUDGET = "Het Duitse defensiebudget bedroeg in 2022 €50,3 miljard (1,44% BBP).";
	private static final String NEW_PLANS = "In december 2021 trad een nieuwe Duitse Bondsregering aan, die naar verwachting in 2022 nieuwe plannen zal presenteren.";
	private static final String PRESENTED = "In december 2021 trad een nieuwe Duitse Bondsregering aan, die in 2022 nieuwe plannen heeft gepresenteerd.";
	private static final String INDO_PACIFIC = "De Indo-Pacifische regio vormt een belangrijke prioriteit.";
	private static final String CONTINUED = "Met de verlenging in 2021 van het Forward Operating Location (FOL)-verdrag tussen het Koninkrijk en de VS wordt "
			+ "de goede operationele samenwerking in het Caribisch gebied voortgezet.";
	private static final String SURINAME = "In 2021 is de defensiesamenwerking met Suriname hernieuwd.";

	private final Report draft = new DraftBuilder().start(Letters.report("2021"), 2022);
	private final BasicCommandStack stack = new BasicCommandStack();

	@Test
	void setTextReadsFactsAgainAndUndoes() {
		Statement budget = Letters.statement(draft, BUDGET);
		stack.execute(DraftEditing.setText(budget, NEW_BUDGET));
		assertEquals(NEW_BUDGET, budget.getText());
		assertEquals(List.of("time 2022.0 year 2022", "amount 5.03E10 EUR €50,3 miljard", "share 1.44 percent 1,44% BBP"), facts(budget));

		stack.undo();
		assertEquals(BUDGET, budget.getText());
		assertEquals(List.of("time 2021.0 year 2021", "amount 4.5E10 EUR €45 miljard", "share 1.57 percent 1,57% BBP"), facts(budget));

		stack.redo();
		assertEquals(NEW_BUDGET, budget.getText());
		assertEquals(List.of("time 2022.0 year 2022", "amount 5.03E10 EUR €50,3 miljard", "share 1.44 percent 1,44% BBP"), facts(budget));
	}

	@Test
	void setTextUndoesTheCommitment() {
		Statement plans = Letters.statement(draft, NEW_PLANS);
		Commitment expected = plans.getCommitment();
		stack.execute(DraftEditing.setText(plans, PRESENTED));
		assertNull(plans.getCommitment(), "no longer looks ahead");

		stack.undo();
		assertSame(expected, plans.getCommitment());
		assertEquals(Modality.VERWACHT, plans.getCommitment().getModality());
		assertEquals("naar verwachting", plans.getCommitment().getCue());
		assertSame(plans.getFacts().get(1), plans.getCommitment().getDue(), "due: the statement's own '2022'");
		assertEquals("2022", plans.getCommitment().getDue().getText());
	}

	@Test
	void refusesEditsThatChangeNothing() {
		Statement budget = Letters.statement(draft, BUDGET);
		assertFalse(DraftEditing.setText(budget, BUDGET).canExecute());
		assertFalse(DraftEditing.setText(budget, "  ").canExecute());
		Section unitedStates = section("draft-2022/verenigde-staten");
		assertFalse(DraftEditing.addStatement(unitedStates, 99, 0, "Tekst.").canExecute());
		assertFalse(DraftEditing.moveSection(unitedStates, 4).canExecute(), "already fifth");
		stack.execute(DraftEditing.setText(budget, BUDGET));
		assertFalse(stack.canUndo());
	}

	@Test
	void addsAStatementAndUndoes() {
		Section unitedStates = section("draft-2022/verenigde-staten");
		Paragraph first = unitedStates.getParagraphs().get(0);
		String text = "In 2022 leverde Nederland ongeveer 270 militairen aan de enhanced Forward Presence in Litouwen.";
		stack.execute(DraftEditing.addStatement(unitedStates, 0, 1, text));
		Statement added = first.getStatements().get(1);
		assertEquals(text, added.getText());
		assertTrue(added.getId().startsWith("draft-2022/verenigde-staten/"), added.getId());
		assertNull(added.getOrigin(), "written in the draft");
		assertEquals(List.of("time 2022.0 year 2022", "count 270.0 persons 270 militairen"), facts(added));

		stack.undo();
		assertEquals(List.of("De nauwe defensiesamenwerking met de VS komt onder meer tot uiting in de samenwerking op het gebied van innovatie, "
				+ "nieuwe technologie en space.", "Nederland is in 2021 toegetreden tot het door de VS geleide AI Partnership for Defense en heeft de "
						+ "intentie uitgesproken toe te treden tot het International Innovation MoU met betrekking tot space-samenwerking.",
				"Ook is in juni 2021 de Nederlandse BRIK-II satelliet vanuit Californië gelanceerd door Virgin Orbit, tegelijk met enkele "
						+ "satellieten van de US Space Force (Kamerstuk 34919, nr. 80)."),
				texts(first));

		stack.redo();
		assertSame(added, first.getStatements().get(1));
	}

	@Test
	void addsAStatementInANewParagraph() {
		Section suriname = section("draft-2022/suriname");
		int paragraphs = suriname.getParagraphs().size();
		stack.execute(DraftEditing.addStatement(suriname, paragraphs, 0, "In 2022 is de samenwerking met Suriname verdiept."));
		assertEquals(paragraphs + 1, suriname.getParagraphs().size());
		assertEquals(List.of("In 2022 is de samenwerking met Suriname verdiept."), texts(suriname.getParagraphs().get(paragraphs)));
		stack.undo();
		assertEquals(paragraphs, suriname.getParagraphs().size());
	}

	@Test
	void deletesAStatementAndUndoes() {
		Statement indoPacific = Letters.statement(draft, INDO_PACIFIC);
		Paragraph paragraph = (Paragraph) indoPacific.eContainer();
		List<String> before = texts(paragraph);
		stack.execute(DraftEditing.deleteStatement(indoPacific));
		assertFalse(texts(paragraph).contains(INDO_PACIFIC));
		assertEquals(before.size() - 1, paragraph.getStatements().size());

		stack.undo();
		assertEquals(before, texts(paragraph));
		assertSame(paragraph, indoPacific.eContainer());
	}

	@Test
	void deletingTheLastStatementOfAParagraphRemovesIt() {
		Section suriname = section("draft-2022/suriname");
		Statement statement = Letters.statement(draft, SURINAME);
		Paragraph paragraph = (Paragraph) statement.eContainer();
		List<Statement> rest = List.copyOf(paragraph.getStatements().subList(1, paragraph.getStatements().size()));
		int paragraphs = suriname.getParagraphs().size();
		stack.execute(DraftEditing.deleteStatement(statement));
		for (Statement other : rest) {
			stack.execute(DraftEditing.deleteStatement(other));
		}
		assertEquals(paragraphs - 1, suriname.getParagraphs().size());
		while (stack.canUndo()) {
			stack.undo();
		}
		assertEquals(paragraphs, suriname.getParagraphs().size());
		assertSame(paragraph, statement.eContainer());
		assertEquals(SURINAME, paragraph.getStatements().get(0).getText());
	}

	@Test
	void movesAStatementToAnotherSectionAndUndoes() {
		Statement continued = Letters.statement(draft, CONTINUED);
		Paragraph source = (Paragraph) continued.eContainer();
		int index = source.getStatements().indexOf(continued);
		Paragraph target = section("draft-2022/suriname").getParagraphs().get(0);
		stack.execute(DraftEditing.moveStatement(continued, target, 1));
		assertSame(target, continued.eContainer());
		assertEquals(1, target.getStatements().indexOf(continued));
		assertFalse(source.getStatements().contains(continued));
		assertEquals("draft-2022/verenigde-staten/3951761e", continued.getId(), "keeps its id");

		stack.undo();
		assertSame(source, continued.eContainer());
		assertEquals(index, source.getStatements().indexOf(continued));
		stack.redo();
		assertSame(target, continued.eContainer());
	}

	@Test
	void movesAStatementWithinItsParagraph() {
		Statement indoPacific = Letters.statement(draft, INDO_PACIFIC);
		Paragraph paragraph = (Paragraph) indoPacific.eContainer();
		List<String> before = texts(paragraph);
		stack.execute(DraftEditing.moveStatement(indoPacific, paragraph, 0));
		assertEquals(INDO_PACIFIC, paragraph.getStatements().get(0).getText());
		stack.undo();
		assertEquals(before, texts(paragraph));
	}

	@Test
	void addsASectionForAKnownPartner() {
		stack.execute(DraftEditing.addSection(draft, 5, "Israël", SubjectRegistry.standard()));
		Section israel = draft.getSections().get(5);
		assertEquals("draft-2022/israel", israel.getId());
		assertEquals("Israël", israel.getHeading());
		assertEquals("israel", israel.getSubject().getId());
		assertTrue(draft.getSubjects().contains(israel.getSubject()));

		stack.undo();
		assertEquals(List.of("draft-2022/inleiding", "draft-2022/duitsland", "draft-2022/frankrijk", "draft-2022/verenigd-koninkrijk", "draft-2022/verenigde-staten", "draft-2022/overige-partners",
				"draft-2022/suriname", "draft-2022/verenigde-naties", "draft-2022/ovse", "draft-2022/overige-multilaterale-verbanden"), sectionIds());
		assertTrue(draft.getSubjects().stream().noneMatch(subject -> subject.getId().equals("israel")));
	}

	@Test
	void deletesAndMovesSections() {
		Section ovse = section("draft-2022/ovse");
		List<String> before = sectionIds();
		stack.execute(DraftEditing.deleteSection(ovse));
		assertFalse(sectionIds().contains("draft-2022/ovse"));
		stack.undo();
		assertEquals(before, sectionIds());
		assertEquals("De OVSE blijft intensief betrokken bij de situatie in en rond Oekraïne.",
				ovse.getParagraphs().get(0).getStatements().get(1).getText());

		Command move = DraftEditing.moveSection(ovse, 1);
		stack.execute(move);
		assertEquals(List.of("draft-2022/inleiding", "draft-2022/ovse", "draft-2022/duitsland", "draft-2022/frankrijk", "draft-2022/verenigd-koninkrijk", "draft-2022/verenigde-staten",
				"draft-2022/overige-partners", "draft-2022/suriname", "draft-2022/verenigde-naties", "draft-2022/overige-multilaterale-verbanden"),
				sectionIds());
		stack.undo();
		assertEquals(before, sectionIds());
		stack.redo();
		assertEquals("draft-2022/ovse", sectionIds().get(1));
	}

	@Test
	void movingAStatementUpCrossesIntoTheParagraphBefore() {
		Section suriname = section("draft-2022/suriname");
		assertTrue(suriname.getParagraphs().size() >= 2, "Suriname needs two paragraphs for this test");
		Paragraph first = suriname.getParagraphs().get(0);
		Paragraph second = suriname.getParagraphs().get(1);
		Statement opening = second.getStatements().get(0);
		int firstSize = first.getStatements().size();
		stack.execute(DraftEditing.moveStatementBy(opening, -1));
		assertSame(first, opening.eContainer(), "the first statement of a paragraph moves up to the end of the one before");
		assertEquals(firstSize, first.getStatements().indexOf(opening));
		stack.undo();
		assertSame(second, opening.eContainer());
		assertEquals(0, second.getStatements().indexOf(opening));

		// Down from the end of a paragraph: onto the start of the next one.
		Statement closing = first.getStatements().get(firstSize - 1);
		stack.execute(DraftEditing.moveStatementBy(closing, 1));
		assertEquals(0, ((Paragraph) closing.eContainer()).getStatements().indexOf(closing));
		assertEquals(suriname, closing.eContainer().eContainer());
	}

	@Test
	void aStatementAtTheEdgeOfItsSectionDoesNotMoveOut() {
		Section suriname = section("draft-2022/suriname");
		Statement first = suriname.getParagraphs().get(0).getStatements().get(0);
		assertFalse(DraftEditing.moveStatementBy(first, -1).canExecute());
		List<Paragraph> paragraphs = suriname.getParagraphs();
		Paragraph last = paragraphs.get(paragraphs.size() - 1);
		assertFalse(DraftEditing.moveStatementBy(last.getStatements().get(last.getStatements().size() - 1), 1).canExecute());
		Statement indoPacific = Letters.statement(draft, INDO_PACIFIC);
		Paragraph paragraph = (Paragraph) indoPacific.eContainer();
		int at = paragraph.getStatements().indexOf(indoPacific);
		if (at > 0) {
			stack.execute(DraftEditing.moveStatementBy(indoPacific, -1));
			assertEquals(at - 1, paragraph.getStatements().indexOf(indoPacific), "within the paragraph, one place up");
		}
	}

	@Test
	void aNewStatementGoesRightAfterTheSelectedOneOrAtTheEndOfTheSelectedSection() {
		Statement indoPacific = Letters.statement(draft, INDO_PACIFIC);
		Paragraph paragraph = (Paragraph) indoPacific.eContainer();
		int at = paragraph.getStatements().indexOf(indoPacific);
		stack.execute(DraftEditing.addStatementAfter(indoPacific, NEW_BUDGET));
		assertEquals(NEW_BUDGET, paragraph.getStatements().get(at + 1).getText());
		stack.undo();

		Section suriname = section("draft-2022/suriname");
		int paragraphs = suriname.getParagraphs().size();
		stack.execute(DraftEditing.addStatementAfter(suriname, NEW_BUDGET));
		assertEquals(paragraphs + 1, suriname.getParagraphs().size());
		assertEquals(List.of(NEW_BUDGET), texts(suriname.getParagraphs().get(paragraphs)));
		assertFalse(DraftEditing.addStatementAfter(null, NEW_BUDGET).canExecute(), "nothing selected: nowhere to add");
	}

	@Test
	void aSubjectTheRepositoryWasTaughtNamesANewSection() {
		SubjectRegistry standard = SubjectRegistry.standard();
		SubjectRegistry taught = standard.teach(TaughtSubjects.none().add(standard, "space", "Ruimtevaart")); //$NON-NLS-1$ //$NON-NLS-2$
		stack.execute(DraftEditing.addSection(draft, 5, "Ruimtevaart", taught)); //$NON-NLS-1$
		Section space = draft.getSections().get(5);
		assertEquals("draft-2022/space", space.getId()); //$NON-NLS-1$
		assertEquals("space", space.getSubject().getId()); //$NON-NLS-1$
		stack.undo();
	}

	@Test
	void aNewSectionGoesAfterTheTopLevelSectionOfTheSelection() {
		Statement continued = Letters.statement(draft, CONTINUED);
		stack.execute(DraftEditing.addSectionAfter(draft, continued, "Israël", SubjectRegistry.standard()));
		List<String> ids = sectionIds();
		assertEquals(ids.indexOf("draft-2022/verenigde-staten") + 1, ids.indexOf("draft-2022/israel"), ids.toString());
		stack.undo();
		stack.execute(DraftEditing.addSectionAfter(draft, null, "Israël", SubjectRegistry.standard()));
		assertEquals("draft-2022/israel", sectionIds().get(sectionIds().size() - 1));
	}

	@Test
	void sectionsMoveOnePlaceAtATime() {
		Section ovse = section("draft-2022/ovse");
		int at = sectionIds().indexOf("draft-2022/ovse");
		stack.execute(DraftEditing.moveSectionBy(ovse, -1));
		assertEquals(at - 1, sectionIds().indexOf("draft-2022/ovse"));
		assertFalse(DraftEditing.moveSectionBy(section("draft-2022/inleiding"), -1).canExecute());
	}

	private Section section(String id) {
		return draft.getSections().stream().filter(section -> section.getId().equals(id)).findFirst().orElseThrow();
	}

	private List<String> sectionIds() {
		return draft.getSections().stream().map(Section::getId).toList();
	}

	private static List<String> texts(Paragraph paragraph) {
		return paragraph.getStatements().stream().map(Statement::getText).toList();
	}

	private static List<String> facts(Statement statement) {
		return statement.getFacts().stream()
				.map(fact -> FactValues.kind(fact) + ' ' + FactValues.value(fact) + ' ' + FactValues.unit(fact) + ' ' + fact.getText()).toList();
	}
}
