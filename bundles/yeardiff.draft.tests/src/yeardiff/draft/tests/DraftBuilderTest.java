package yeardiff.draft.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import yeardiff.draft.DraftBuilder;
import yeardiff.model.api.Amount;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.Modality;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.api.Section;
import yeardiff.model.api.Share;
import yeardiff.model.api.Statement;
import yeardiff.model.api.TimeRef;
import yeardiff.model.resource.ReportResource;
import yeardiff.testing.Letters;

/**
 * A draft for 2022 started from the 2021 letter: the letter's structure and text, each statement
 * pointing back at where it came from, facts and commitments read again for 2022.
 */
class DraftBuilderTest {

	private static final String BUDGET = "Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP).";
	private static final String NEW_PLANS = "In december 2021 trad een nieuwe Duitse Bondsregering aan, die naar verwachting in 2022 nieuwe plannen zal presenteren.";
	private static final String ULM = "Ter versterking van de samenwerking op militaire mobiliteit besloten de ministers in 2021 tot oprichting van een "
			+ "binationaal Office for Military Mobility, dat in 2022 wordt ingericht in Ulm.";

	private final Report previous = Letters.report("2021");
	private final Report draft = new DraftBuilder().start(previous, 2022);

	@Test
	void describesTheDraft() {
		assertEquals("draft-2022", draft.getId());
		assertEquals(ReportKind.DRAFT, draft.getKind());
		assertEquals(2022, draft.getYear());
		assertEquals("2021", draft.getBasedOn());
		assertEquals("Rapportage internationale defensiesamenwerking 2022", draft.getTitle());
		assertNull(draft.getDate());
		assertNull(draft.getReference());
		assertNull(draft.getSource());
	}

	@Test
	void keepsSectionsWithCopiedSubjects() {
		assertEquals(List.of("draft-2022/inleiding", "draft-2022/duitsland", "draft-2022/frankrijk", "draft-2022/verenigd-koninkrijk", "draft-2022/verenigde-staten", "draft-2022/overige-partners",
				"draft-2022/suriname", "draft-2022/verenigde-naties", "draft-2022/ovse", "draft-2022/overige-multilaterale-verbanden"),
				draft.getSections().stream().map(Section::getId).toList());
		Section unitedStates = draft.getSections().get(4);
		assertEquals("Verenigde Staten", unitedStates.getHeading());
		assertEquals("verenigde-staten", unitedStates.getSubject().getId());
		assertTrue(draft.getSubjects().contains(unitedStates.getSubject()), "the subject belongs to the draft");
		assertFalse(previous.getSubjects().contains(unitedStates.getSubject()), "the subject is a copy");
	}

	@Test
	void carriesEveryStatementOverWithItsOrigin() {
		List<Statement> before = statements(previous);
		List<Statement> after = statements(draft);
		assertEquals(62, after.size());
		for (int i = 0; i < after.size(); i++) {
			Statement origin = before.get(i);
			Statement statement = after.get(i);
			assertEquals(origin.getText(), statement.getText());
			assertEquals(origin.getId(), statement.getOrigin());
			// the same text keeps the importer's hash segment: "2021/frankrijk/2dcd2606" becomes "draft-2022/frankrijk/2dcd2606"
			assertEquals("draft-" + 2022 + origin.getId().substring("2021".length()), statement.getId());
		}
	}

	@Test
	void readsFactsAgainForTheNewYear() {
		Statement budget = Letters.statement(draft, BUDGET);
		assertEquals(3, budget.getFacts().size());
		TimeRef year = (TimeRef) budget.getFacts().get(0);
		assertEquals(2021, year.getYear());
		Amount amount = (Amount) budget.getFacts().get(1);
		assertEquals(4.5E10, amount.getValue());
		assertEquals("EUR", amount.getCurrency());
		assertEquals("€45 miljard", amount.getText());
		Share share = (Share) budget.getFacts().get(2);
		assertEquals(1.57, share.getValue());
		assertEquals("1,57% BBP", share.getText());
		assertTrue(budget.getFacts().stream().noneMatch(fact -> Letters.statement(previous, BUDGET).getFacts().contains(fact)),
				"facts are the draft's own");
	}

	@Test
	void readsCommitmentsAgainForTheNewYear() {
		Statement plans = Letters.statement(draft, NEW_PLANS);
		Commitment commitment = plans.getCommitment();
		assertEquals(Modality.VERWACHT, commitment.getModality());
		assertEquals(2022, commitment.getDue().getYear());
		assertTrue(plans.getFacts().contains(commitment.getDue()));
		assertEquals(plans.getId() + "/c", commitment.getId());
		// in 2021 "in 2022 wordt ingericht" was planned; in the report on 2022 the present tense reports
		assertEquals(Modality.GEPLAND, Letters.statement(previous, ULM).getCommitment().getModality());
		assertNull(Letters.statement(draft, ULM).getCommitment());
	}

	@Test
	void dependsOnlyOnThePreviousReportAndYear() throws Exception {
		byte[] before = ReportResource.toBytes(EcoreUtil.copy(previous));
		byte[] first = ReportResource.toBytes(new DraftBuilder().start(previous, 2022));
		byte[] second = ReportResource.toBytes(new DraftBuilder().start(previous, 2022));
		assertArrayEquals(first, second);
		assertArrayEquals(before, ReportResource.toBytes(EcoreUtil.copy(previous)), "the previous report is untouched");
	}

	private static List<Statement> statements(Report report) {
		return report.getSections().stream().flatMap(section -> section.getParagraphs().stream())
				.flatMap(paragraph -> paragraph.getStatements().stream()).toList();
	}
}
