package yeardiff.draft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import yeardiff.draft.DraftBuilder;
import yeardiff.draft.DraftEditing;
import yeardiff.draft.StaleChecks;
import yeardiff.draft.StaleFinding;
import yeardiff.model.api.AuditLog;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Verdict;
import yeardiff.model.meta.ReportFactory;
import yeardiff.testing.Letters;
import yeardiff.testing.SmallReport;

/**
 * The stale checks on drafts started from the real letters, with the expected findings written by
 * reading the letters.
 */
class StaleChecksTest {

	private static final String AMERICAN_BUDGET = "Het Amerikaanse defensiebudget bedroeg in 2021 732 miljard US dollar (3,6% BBP) en in 2022 "
			+ "stijgt het budget met 36 miljard USD naar een totaal van 768 miljard USD.";
	private static final String ULM = "Ter versterking van de samenwerking op militaire mobiliteit besloten de ministers in 2021 tot oprichting van een "
			+ "binationaal Office for Military Mobility, dat in 2022 wordt ingericht in Ulm.";
	private static final String GERMAN_BUDGET = "Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP).";
	private static final String NEW_PLANS = "In december 2021 trad een nieuwe Duitse Bondsregering aan, die naar verwachting in 2022 nieuwe plannen zal presenteren.";
	private static final String STRATEGIES = "Deze heeft in maart een Interim National Security Strategic Guidance gepubliceerd, in afwachting van de nieuwe "
			+ "National Security Strategy en National Defense Strategy die begin 2022 worden verwacht.";

	private static final String BAUER = "Luitenant admiraal Bauer zal de functie per juni 2021 voor drie jaar bekleden.";
	private static final String RSM = "NAVO- en nationale besluitvorming over de toekomst van RSM wordt in het eerste kwartaal van 2021 verwacht.";
	private static final String PESCO_PLAN = "Het Nationaal Implementatieplan van de PESCO-commitments wordt in maart 2021 afgerond.";
	private static final String MAY = "Het is op dit moment in ieder geval zeker dat deze inzet tot mei 2021 voortduurt.";
	private static final String BELGIAN_VISION = "Deze visie zal in 2021 worden geactualiseerd, maar langs welke lijnen is nog niet bekend.";
	private static final String FRENCH_BUDGET = "Deze stijging zal voortgezet worden in 2021 met een begroting van € 39,2 miljard.";
	private static final String AFTER_2021 = "Daarmee ligt het voor de hand dat de Nederlandse bijdrage aan de NAVO-aanwezigheid in Litouwen ook na 2021 nodig is.";
	private static final String YEARS_AFTER_2020 = "Bij ongewijzigd beleid zal dit verschil in de jaren na 2020 verder toenemen.";
	private static final String EFP = "Ons land leverde ongeveer 270 militairen voor de enhanced Forward Presence (eFP) in Litouwen.";
	private static final String BEGIN_2021 = "Begin 2021 organiseerde het Koninkrijk samen met de VN een online evenement waar stil werd gestaan bij het "
			+ "driejarige bestaan van de A4P-agenda.";

	private final StaleChecks checks = new StaleChecks();

	@Test
	void findsWhatTheReportOn2021SaidOf2022() {
		Report draft = new DraftBuilder().start(Letters.report("2021"), 2022);
		List<StaleFinding> findings = checks.check(draft, Letters.history(), null);
		// the American budget's rise in 2022 is a commitment since the extraction reads present-tense
		// clauses about a later year after ' en ' on their own (issue 15)
		assertEquals(List.of(StaleFinding.DUE_COMMITMENT + ' ' + ULM, StaleFinding.DUE_COMMITMENT + ' ' + NEW_PLANS,
				StaleFinding.UNCHANGED_FACT + ' ' + GERMAN_BUDGET, StaleFinding.PAST_FUTURE + ' ' + STRATEGIES,
				StaleFinding.DUE_COMMITMENT + ' ' + AMERICAN_BUDGET), findings.stream().map(finding -> finding.kind() + ' ' + finding.text()).toList());
		// The 2021 letter gives Germany's share of GDP as the 2020 letter did, 1,57%: worth confirming.
		assertEquals("Repeats values unchanged from earlier reports (1,57% BBP since report 2020, 2 reports): confirm that they still hold.",
				findings.get(2).reason());
		StaleFinding strategies = findings.get(3);
		assertEquals(Letters.statement(draft, STRATEGIES).getId(), strategies.statementId());
		assertEquals("Speaks of begin 2022 as still to come, but the report on 2022 looks back on that time: say what happened.",
				strategies.reason());
		assertEquals("Commits to something due in 2022, the year this report covers, and gives no outcome yet: say whether it happened.",
				findings.get(0).reason());
		assertTrue(findings.stream().noneMatch(finding -> finding.text().equals(BEGIN_2021)), "told in the past tense");
	}

	@Test
	void findsWhatTheReportOn2020SaidOf2021() {
		Report draft = new DraftBuilder().start(Letters.report("2020"), 2021);
		List<StaleFinding> findings = checks.check(draft, Letters.history(), null);
		assertEquals(List.of(StaleFinding.PAST_FUTURE), kinds(findings, BAUER));
		assertEquals(List.of(StaleFinding.PAST_FUTURE, StaleFinding.PAST_FUTURE), kinds(findings, RSM), "in two sections");
		assertEquals(List.of(StaleFinding.PAST_FUTURE), kinds(findings, PESCO_PLAN));
		assertEquals(List.of(StaleFinding.PAST_FUTURE), kinds(findings, MAY));
		assertEquals(List.of(StaleFinding.DUE_COMMITMENT), kinds(findings, BELGIAN_VISION));
		assertEquals(List.of(StaleFinding.DUE_COMMITMENT), kinds(findings, FRENCH_BUDGET));
		assertEquals(List.of(), kinds(findings, AFTER_2021), "open-ended");
		assertEquals(List.of(), kinds(findings, YEARS_AFTER_2020), "open-ended");
		assertEquals(List.of(StaleFinding.UNCHANGED_FACT), kinds(findings, EFP));
		assertEquals("Repeats values unchanged from earlier reports (270 militairen since report 2019, 2 reports): confirm that they still hold.",
				findings.stream().filter(finding -> finding.text().equals(EFP)).findFirst().orElseThrow().reason());
	}

	@Test
	void readsEditedTextAsWrittenInTheDraftYear() {
		Report draft = new DraftBuilder().start(Letters.report("2020"), 2021);
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(DraftEditing.setText(Letters.statement(draft, BAUER),
				"Luitenant-admiraal Bauer is in juni 2021 begonnen als voorzitter van het NAVO Militair Comité."));
		Statement pesco = Letters.statement(draft, PESCO_PLAN);
		stack.execute(DraftEditing.setText(pesco, "Het Nationaal Implementatieplan van de PESCO-commitments wordt naar verwachting in maart 2021 afgerond."));
		List<StaleFinding> findings = checks.check(draft, Letters.history(), null);
		assertTrue(findings.stream().noneMatch(finding -> finding.text().contains("Bauer")), "now in the past tense");
		assertEquals(List.of(StaleFinding.PAST_FUTURE), findings.stream().filter(finding -> finding.statementId().equals(pesco.getId()))
				.map(StaleFinding::kind).toList(), "still future, now in the draft's own words");
	}

	@Test
	void findsValuesUnchangedOverThreeReports() {
		Report report2019 = norway("2019", 2019, "Het Noorse defensiebudget bedraagt in 2019 64,5 miljard NOK.",
				"Nederland en Noorwegen oefenen in 2019 met 250 militairen in Noord-Noorwegen.");
		Report report2020 = norway("2020", 2020, "Het Noorse defensiebudget bedroeg in 2020 opnieuw 64,5 miljard NOK.",
				"Nederland en Noorwegen oefenen in 2020 met 270 militairen in Noord-Noorwegen.");
		Report report2021 = norway("2021", 2021, "Het Noorse defensiebudget bleef in 2021 64,5 miljard NOK.",
				"Nederland en Noorwegen oefenen in 2021 met 270 militairen in Noord-Noorwegen.");
		Report draft = new DraftBuilder().start(report2021, 2022);
		List<StaleFinding> findings = checks.check(draft, List.of(report2019, report2020, report2021), null);
		assertEquals(List.of(
				"Het Noorse defensiebudget bleef in 2021 64,5 miljard NOK. Repeats values unchanged from earlier reports "
						+ "(64,5 miljard NOK since report 2019, 3 reports): confirm that they still hold.",
				"Nederland en Noorwegen oefenen in 2021 met 270 militairen in Noord-Noorwegen. Repeats values unchanged from earlier reports "
						+ "(270 militairen since report 2020, 2 reports): confirm that they still hold."),
				findings.stream().map(finding -> finding.text() + ' ' + finding.reason()).toList());
		assertTrue(findings.stream().allMatch(finding -> finding.kind().equals(StaleFinding.UNCHANGED_FACT)));

		new BasicCommandStack().execute(DraftEditing.setText(draft.getSections().get(0).getParagraphs().get(0).getStatements().get(0),
				"Het Noorse defensiebudget steeg in 2022 naar 75,8 miljard NOK."));
		assertEquals(List.of("Nederland en Noorwegen oefenen in 2021 met 270 militairen in Noord-Noorwegen."),
				checks.check(draft, List.of(report2019, report2020, report2021), null).stream().map(StaleFinding::text).toList(),
				"a value the editor changed needs no confirming");
	}

	@Test
	void flagsStatementsTheAuditMarkedChangedOrDelayed() {
		Report previous = Letters.report("2021");
		Report draft = new DraftBuilder().start(previous, 2022);
		AuditLog audit = ReportFactory.eINSTANCE.createAuditLog();
		String plans = Letters.statement(previous, NEW_PLANS).getId() + "/c";
		String ulm = Letters.statement(previous, ULM).getId() + "/c";
		audit.getVerdicts().add(verdict(plans, CommitmentStatus.DELAYED, "2022-10-03", "De Duitse plannen volgen pas in 2023."));
		audit.getVerdicts().add(verdict(ulm, CommitmentStatus.DELAYED, "2022-03-01", ""));
		audit.getVerdicts().add(verdict(ulm, CommitmentStatus.FULFILLED, "2022-09-15", "Het Office is in Ulm ingericht."));

		List<StaleFinding> flagged = checks.check(draft, Letters.history(), audit).stream()
				.filter(finding -> finding.kind().equals(StaleFinding.AUDIT_FLAGGED)).toList();
		assertEquals(List.of(NEW_PLANS + " Carried over unchanged, although the audit marked this commitment delayed: De Duitse plannen volgen pas in 2023."),
				flagged.stream().map(finding -> finding.text() + ' ' + finding.reason()).toList(), "the latest verdict on Ulm found it fulfilled");

		new BasicCommandStack().execute(DraftEditing.setText(Letters.statement(draft, NEW_PLANS),
				"In december 2021 trad een nieuwe Duitse Bondsregering aan, die haar plannen in 2023 zal presenteren."));
		assertTrue(checks.check(draft, Letters.history(), audit).stream().noneMatch(finding -> finding.kind().equals(StaleFinding.AUDIT_FLAGGED)),
				"rewritten by the editor");
	}

	private static Report norway(String id, int year, String budget, String exercise) {
		return new SmallReport(id, year, "Rapportage " + year).section("noorwegen", "Noorwegen").paragraph(budget, exercise).report();
	}

	private static Verdict verdict(String commitmentId, CommitmentStatus status, String date, String rationale) {
		Verdict verdict = ReportFactory.eINSTANCE.createVerdict();
		verdict.setCommitmentId(commitmentId);
		verdict.setStatus(status);
		verdict.setDate(date);
		verdict.setRationale(rationale);
		verdict.setAuthor("Auditor");
		return verdict;
	}

	private static List<String> kinds(List<StaleFinding> findings, String text) {
		return findings.stream().filter(finding -> finding.text().equals(text)).map(StaleFinding::kind).toList();
	}
}
