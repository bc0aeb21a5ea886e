package yeardiff.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.Evidence;
import yeardiff.model.api.CommitmentStatus;

/**
 * What became of the commitments of the five letters, as a reader of the letters finds it. Each
 * expectation names the commitment, the status, the due time as the letter writes it and the later
 * statement that decides it; they were written from the letters, not from the audit's output.
 */
class CommitmentOutcomeTest {

	@Test
	void skjoldFromJanuary2020IsFulfilledBy2020Report() {
		// 2019 p. 3: "vanaf januari 2020 wordt vanaf de locatie Skjold getraind"; 2020 p. 5: "sinds januari 2020"
		CommitmentRecord record = record("2019/noorwegen/bbb89061/c");
		assertOutcome(record, CommitmentStatus.FULFILLED, "januari 2020");
		assertEquals("noorwegen", record.partner(), "the Norwegian paragraph lost its heading with page 2");
		Evidence evidence = evidence(record, "2020/noorwegen/fc34d4a1");
		assertEquals(5, evidence.page());
		assertTrue(evidence.text().contains("waarbij sinds januari 2020 vanaf de locatie Skjold wordt getraind"));
		assertEquals("The 2020 report says 'sinds januari 2020 vanaf de locatie Skjold wordt getraind' (p. 5).",
				record.reason());
	}

	@Test
	void interimLetterSkjoldIsFollowedThroughTheYearlyReport() {
		// June 2019: "zal vanaf 2020 plaatsvinden op de tijdelijke oefenlocatie Skjold"; December 2019 says it again,
		// 2020 reports it done
		CommitmentRecord record = record("2019-06-19/noorwegen/cfa8b3e4/c");
		assertOutcome(record, CommitmentStatus.FULFILLED, "2020");
		assertEquals("2019/noorwegen/bbb89061", record.evidence().get(0).statementId());
		evidence(record, "2020/noorwegen/fc34d4a1");
	}

	@Test
	void mountainTrainingInSeptemberOctober2020IsFulfilled() {
		// 2019 p. 3: "bergtraining in september/oktober 2020 in Noorwegen zal uitvoeren";
		// 2020 p. 6: "heeft het Korps Mariniers ook zijn jaarlijkse bergtraining in september en oktober 2020 succesvol ... uitgevoerd"
		CommitmentRecord record = record("2019/noorwegen/1ad4140b/c");
		assertOutcome(record, CommitmentStatus.FULFILLED, "september/oktober 2020");
		Evidence evidence = evidence(record, "2020/noorwegen/bdbb61ed");
		assertEquals(6, evidence.page());
		assertTrue(record.reason().startsWith("The 2020 report says 'zijn jaarlijkse bergtraining in september en oktober 2020"),
				record.reason());
	}

	@Test
	void interimLetterMountainTrainingIsFulfilledToo() {
		CommitmentRecord record = record("2019-06-19/noorwegen/1ad4140b/c");
		assertOutcome(record, CommitmentStatus.FULFILLED, "september/oktober 2020");
		evidence(record, "2019/noorwegen/1ad4140b");
		evidence(record, "2020/noorwegen/bdbb61ed");
	}

	@Test
	void trainingAroundBardufossIn2020IsReportedIn2020() {
		// 2019: "In 2020 trainen de Amerikaanse, Britse en Nederlandse mariniers allemaal in de omgeving van Bardufoss";
		// 2020 p. 6: "Vanaf 2020 trainen ... in de omgeving van Bardufoss"
		CommitmentRecord record = record("2019/noorwegen/77c55f3c/c");
		assertOutcome(record, CommitmentStatus.FULFILLED, "2020");
		assertEquals("Vanaf 2020 trainen de Amerikaanse, Britse en Nederlandse mariniers en de Noorse militairen in de "
				+ "omgeving van Bardufoss en worden plannen voor gezamenlijke trainingen gemaakt.",
				evidence(record, "2020/noorwegen/8a240d57").text());
	}

	@Test
	void germanEfpContributionIsContinuedIn2021() {
		// 2020 p. 4: "De deelname aan eFP in Litouwen zal naar verwachting voorlopig worden voortgezet";
		// 2021 p. 2: the German-Dutch tank unit "is in de tweede helft van 2021 ingezet in enhanced Forward Presence (eFP)"
		CommitmentRecord record = record("2020/duitsland/18f8891b/c");
		assertOutcome(record, CommitmentStatus.FULFILLED, null);
		assertEquals("duitsland", record.partner());
		Evidence evidence = evidence(record, "2021/duitsland/1913c57f");
		assertTrue(evidence.text().contains("ingezet in enhanced Forward Presence (eFP) in Litouwen"));
		assertEquals(2021, evidence.year());
	}

	@Test
	void bauerTakesOfficeInJune2021() {
		// 2020: "Luitenant admiraal Bauer zal de functie per juni 2021 voor drie jaar bekleden";
		// 2021 p. 4: "Verder is in juni 2021 luitenant-admiraal Rob Bauer begonnen als voorzitter"
		CommitmentRecord record = record("2020/overig/4b77b9dd/c");
		assertOutcome(record, CommitmentStatus.FULFILLED, "juni 2021");
		assertEquals(4, evidence(record, "2021/suriname/7456f4c1").page());
	}

	@Test
	void peacekeepingConferenceWithPakistanTookPlace() {
		// 2020: "organiseert het Koninkrijk samen met Pakistan een hoogambtelijke conferentie" for the Ministerial in 2021;
		// 2021 p. 4: "Op 25 en 26 oktober jl. organiseerde Nederland samen met Pakistan een online conferentie"
		CommitmentRecord record = record("2020/vn-vredesmissies-2/56adc119/c");
		assertOutcome(record, CommitmentStatus.FULFILLED, "2021");
		evidence(record, "2021/verenigde-naties/5398c47f");
		assertTrue(record.reason().startsWith("The 2021 report says 'Op 25 en 26 oktober jl. organiseerde Nederland"),
				record.reason());
	}

	@Test
	void britishBudgetFor2020CameOutOtherwise() {
		// 2019: the budget "stijgt in 2020 naar £ 41,3 miljard"; 2020 p. 6: "het huidige defensiebudget van £ 41,5 miljard"
		CommitmentRecord record = record("2019/verenigd-koninkrijk/4a442078/c");
		assertOutcome(record, CommitmentStatus.CHANGED, "2020");
		assertEquals("Dit bedrag komt boven het huidige defensiebudget van £ 41,5 miljard, tevens 2,1% van het BBP.",
				evidence(record, "2020/verenigd-koninkrijk/2284e9c2").text());
		assertTrue(record.reason().contains("£ 41,5 miljard"), record.reason());
	}

	@Test
	void resoluteSupportDecisionIsNotReportedInTheUnitedStatesSection() {
		// 2020 p. 8: "besluitvorming over de toekomst van RSM wordt in het eerste kwartaal van 2021 verwacht";
		// the 2021 section on the United States (p. 3) does not speak of it
		CommitmentRecord record = record("2020/verenigde-staten/671bd0d9/c");
		assertOutcome(record, CommitmentStatus.SILENT, "het eerste kwartaal van 2021");
		assertEquals(List.of(), record.evidence());
		assertEquals("The 2021 report covers Verenigde Staten but says nothing about it.", record.reason());
	}

	@Test
	void erbilForceProtectionUntilDecember2021IsNotMentionedAgain() {
		// 2020 p. 8: force protection of Erbil International Airport "vanaf eind 2020 tot en met december 2021"
		CommitmentRecord record = record("2020/verenigde-staten/04f6ae29/c");
		assertOutcome(record, CommitmentStatus.SILENT, "december 2021");
		assertEquals(List.of(), record.evidence());
	}

	@Test
	void takubaContributionIn2021IsNotMentionedAgain() {
		// 2020 p. 5: "zal in 2021 een bijdrage leveren met twee stafofficieren aan ... Takuba, in Mali"
		CommitmentRecord record = record("2020/frankrijk/369568ee/c");
		assertOutcome(record, CommitmentStatus.SILENT, "2021");
		assertEquals("The 2021 report covers Frankrijk but says nothing about it.", record.reason());
	}

	@Test
	void mineCountermeasureVesselsFrom2024AreStillOpen() {
		// 2020 p. 2: "De nieuwe mijnenbestrijdingsvaartuigen zullen instromen vanaf 2024"; the 2021 letter's pages
		// on Belgium are missing, and 2024 has not come
		CommitmentRecord record = record("2020/belgie-luxemburg/3b68fe00/c");
		assertOutcome(record, CommitmentStatus.OPEN, "2024");
		assertEquals("belgie-luxemburg", record.partner());
		assertEquals("It is not due before 2024, and no later report says anything about it yet.", record.reason());
	}

	@Test
	void frigatesIn2028To2029AndBelgianOnesIn2030AreStillOpen() {
		CommitmentRecord record = record("2020/belgie-luxemburg/2c660e63/c");
		assertOutcome(record, CommitmentStatus.OPEN, "2028–2029");
		assertEquals("Voorzien is dat Nederland twee nieuwe fregatten in dienst neemt in de periode 2028–2029 en dat de "
				+ "Belgische fregatten worden geleverd in 2030.", record.statement().getText());
		assertEquals(List.of(), record.evidence());
	}

	@Test
	void replacingMineCountermeasuresAndFrigatesIsUnderWay() {
		// June 2019: "België en Nederland zullen samen hun mijnenbestrijdingscapaciteit en hun M-fregatten gaan vervangen";
		// 2020 p. 2: "schaffen beide landen gezamenlijk nieuwe mijnenbestrijdingscapaciteit en nieuwe fregatten aan"
		CommitmentRecord record = record("2019-06-19/belgie-luxemburg/fa184523/c");
		assertOutcome(record, CommitmentStatus.OPEN, null);
		assertEquals("Om dit te kunnen voortzetten, schaffen beide landen gezamenlijk nieuwe mijnenbestrijdingscapaciteit "
				+ "en nieuwe fregatten aan.", evidence(record, "2020/belgie-luxemburg/5b270cd9").text());
		evidence(record, "2020/belgie-luxemburg/2c660e63");
	}

	@Test
	void europeanDefenceFundMergerIsRestatedNotDone() {
		// 2019: PADR and EDIDP "per 2021 ... worden samengevoegd"; 2020 p. 10 says the same again
		CommitmentRecord record = record("2019/europees-defensiefonds/f1a82f52/c");
		assertOutcome(record, CommitmentStatus.OPEN, "2021");
		evidence(record, "2020/europees-defensiefonds/a08529e2");
	}

	@Test
	void newAmericanStrategiesOf2022HaveNoLaterReport() {
		// 2021 p. 3: the National Security Strategy and National Defense Strategy "die begin 2022 worden verwacht"
		CommitmentRecord record = record("2021/verenigde-staten/4c925272/c");
		assertOutcome(record, CommitmentStatus.OPEN, "begin 2022");
		assertEquals(List.of(), record.evidence());
		assertEquals("No later report covers Verenigde Staten yet.", record.reason());
	}

	@Test
	void everyCommitmentIsAuditedAndNoneHasAVerdict() {
		List<CommitmentRecord> records = AuditedLetters.records();
		assertTrue(records.size() > 80, "the five letters make about ninety commitments: " + records.size());
		for (CommitmentRecord record : records) {
			assertNull(record.verdict());
			assertEquals(record.automaticStatus(), record.status());
			assertTrue(record.id().startsWith(record.report() + '/'), record.id());
			assertTrue(record.reason().endsWith("."), record.reason());
			for (Evidence evidence : record.evidence()) {
				assertTrue(evidence.year() >= record.year(), record.id() + " → " + evidence.statementId());
				assertNull(evidence.commit(), "no repository, no commit");
			}
		}
	}

	private static CommitmentRecord record(String id) {
		return AuditedLetters.record(AuditedLetters.records(), id);
	}

	private static void assertOutcome(CommitmentRecord record, CommitmentStatus status, String due) {
		assertEquals(status, record.status(), () -> record.id() + ": " + record.reason());
		assertEquals(due, record.due(), record.id());
	}

	private static Evidence evidence(CommitmentRecord record, String statementId) {
		return record.evidence().stream().filter(evidence -> evidence.statementId().equals(statementId)).findFirst()
				.orElseThrow(() -> new AssertionError(record.id() + " has no evidence " + statementId + " but "
						+ record.evidence().stream().map(Evidence::statementId).toList()));
	}
}
