package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static yeardiff.extract.tests.LetterSentences.*;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import yeardiff.extract.CommitmentDetector;
import yeardiff.extract.FactExtractor;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Modality;
import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;

/** Forward-looking statements of the letters, with the modality and due time read by hand. */
@SuppressWarnings("nls")
class CommitmentDetectorTest {

	private final FactExtractor facts = new FactExtractor();
	private final CommitmentDetector detector = new CommitmentDetector();

	/** Sentence, report year, modality, cue, the due time's words (null: none), its precision, its year. */
	static Stream<Arguments> commitments() {
		return Stream.of(
				arguments(MINE_COUNTERMEASURES_2020, 2020, Modality.ZAL, "zullen", "2024", TimePrecision.YEAR, 2024),
				arguments(FRIGATES_2020, 2020, Modality.VOORZIEN, "Voorzien is", "2028–2029", TimePrecision.RANGE, 2028),
				arguments(WINTER_TRAINING_INTERIM, 2019, Modality.ZAL, "zal", "2020", TimePrecision.YEAR, 2020),
				arguments(SKJOLD_2019, 2019, Modality.GEPLAND, "januari 2020", "januari 2020", TimePrecision.MONTH, 2020),
				arguments(RESOLUTE_SUPPORT_2020, 2020, Modality.VERWACHT, "wordt in het eerste kwartaal van 2021 verwacht",
						"het eerste kwartaal van 2021", TimePrecision.QUARTER, 2021),
				arguments(MOUNTAIN_TRAINING_2019, 2019, Modality.VOORZIEN, "is nu tevens voorzien", "september/oktober 2020",
						TimePrecision.MONTH, 2020),
				arguments(EFP_CONTINUED_2020, 2020, Modality.VERWACHT, "naar verwachting", null, null, 0),
				arguments(EDIDP_RESULTS_2019, 2019, Modality.VERWACHT, "worden begin 2020 verwacht", "begin 2020", TimePrecision.QUARTER, 2020),
				arguments(BELGIAN_TARGET_2020, 2020, Modality.STREEFT, "streeft naar", "2025", TimePrecision.YEAR, 2025),
				arguments(GERMAN_GOVERNMENT_2021, 2021, Modality.VERWACHT, "naar verwachting", "2022", TimePrecision.YEAR, 2022),
				arguments(AMERICAN_STRATEGY_2021, 2021, Modality.VERWACHT, "worden verwacht", "begin 2022", TimePrecision.QUARTER, 2022),
				arguments(ERBIL_2020, 2020, Modality.ZAL, "zal", "december 2021", TimePrecision.MONTH, 2021),
				arguments(PESCO_PLAN_2020, 2020, Modality.GEPLAND, "maart 2021", "maart 2021", TimePrecision.MONTH, 2021),
				arguments(STRATEGIC_VISION_2020, 2020, Modality.ZAL, "zal", "2021", TimePrecision.YEAR, 2021),
				arguments(EDF_MERGER_2019, 2019, Modality.GEPLAND, "2021", "2021", TimePrecision.YEAR, 2021),
				arguments(INTERIM_PURPOSE, 2019, Modality.ZAL, "zal", "december 2019", TimePrecision.MONTH, 2019),
				arguments(SDSR15_2019, 2019, Modality.ZAL, "zal", null, null, 0));
	}

	@ParameterizedTest(name = "[{index}] {3} / {4}")
	@MethodSource("commitments")
	void detectsCommitment(String sentence, int reportYear, Modality modality, String cue, String dueWords, TimePrecision precision,
			int dueYear) {
		List<Fact> found = facts.extract(sentence);
		Commitment commitment = detector.detect(sentence, found, reportYear);
		assertNotNull(commitment, sentence);
		assertAll(() -> assertEquals(modality, commitment.getModality()),
				() -> assertEquals(cue, commitment.getCue()));
		TimeRef due = commitment.getDue();
		if (dueWords == null) {
			assertNull(due);
		} else {
			assertNotNull(due, "due " + dueWords);
			assertAll(() -> assertEquals(dueWords, due.getText()),
					() -> assertEquals(precision, due.getPrecision()),
					() -> assertEquals(dueYear, due.getYear()),
					() -> assertTrue(found.contains(due), "due is one of the statement's facts"));
		}
	}

	/** Sentence and report year of statements that promise nothing. */
	static Stream<Arguments> noCommitments() {
		return Stream.of(
				arguments(F35_NORWAY_2012, 2012),
				arguments(ASSESSMENT_2012, 2012),
				arguments(UN_REFORM_2020, 2020),
				arguments(NCS_ADAPTATION_2020, 2020),
				arguments(BELGIAN_BUDGET_2019, 2019),
				arguments(NORWEGIAN_BUDGET_2020, 2020),
				arguments(GERMAN_BUDGET_2021, 2021),
				arguments(BELGIAN_GROWTH_PATH_2019, 2019),
				// "zal" in a clause about a month before the report's year
				arguments(INTERIM_PURPOSE, 2020),
				arguments(FRAMEWORK_TREATY_2020, 2020));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("noCommitments")
	void detectsNoCommitment(String sentence, int reportYear) {
		assertNull(detector.detect(sentence, facts.extract(sentence), reportYear));
	}
}
