package yeardiff.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.compare.PairStatus;
import yeardiff.compare.PairingCorrections;
import yeardiff.compare.PairingCorrections.Correction;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Report;

/** Reviewers' links and unlinks, as every comparison honours them. */
class PairingCorrectionsTest {

	private static final String TRAINING = "De Joint Arctic Training vindt jaarlijks plaats bij Skjold.";
	private static final String HEGGELIA = "Op termijn is Heggelia de beoogde definitieve oefenlocatie.";
	private static final String OPENED = "Het kamp in Noord-Noorwegen werd in januari officieel geopend door beide ministers.";

	@Test
	void aLinkPairsWhatTheWordsDoNotAndAnUnlinkSeparatesWhatTheyDo() {
		Report earlier = StatementLinkingTest.report("2019", 2019, TRAINING, HEGGELIA);
		Report later = StatementLinkingTest.report("2020", 2020, TRAINING, OPENED);
		List<StatementPair> plain = new ReportComparator().compare(earlier, later).pairs();
		assertNull(pairFrom(plain, HEGGELIA).to(), "the words alone do not pair them");
		assertEquals(TRAINING, pairFrom(plain, TRAINING).to().getText());

		PairingCorrections corrections = PairingCorrections.none()
				.plus(new Correction(true, "2019/belgie-luxemburg/2", "2020/belgie-luxemburg/2", HEGGELIA, OPENED))
				.plus(new Correction(false, "2020/belgie-luxemburg/1", "2019/belgie-luxemburg/1", TRAINING, TRAINING));
		List<StatementPair> corrected = new ReportComparator().withCorrections(corrections).compare(earlier, later).pairs();
		StatementPair linked = pairFrom(corrected, HEGGELIA);
		assertEquals(OPENED, linked.to().getText());
		assertTrue(linked.corrected());
		assertEquals(1.0, linked.confidence());
		StatementPair separated = pairFrom(corrected, TRAINING);
		assertEquals(PairStatus.DROPPED, separated.status(), "an unlink holds in either order of the two ids");
		assertFalse(corrected.stream().anyMatch(pair -> pair.from() != null && pair.to() != null
				&& pair.from().getText().equals(TRAINING) && pair.to().getText().equals(TRAINING)));
	}

	@Test
	void theLatestCorrectionOnAPairCounts() {
		Report earlier = StatementLinkingTest.report("2019", 2019, TRAINING);
		Report later = StatementLinkingTest.report("2020", 2020, TRAINING);
		PairingCorrections corrections = PairingCorrections.none()
				.plus(new Correction(false, "2019/belgie-luxemburg/1", "2020/belgie-luxemburg/1", TRAINING, TRAINING))
				.plus(new Correction(true, "2019/belgie-luxemburg/1", "2020/belgie-luxemburg/1", TRAINING, TRAINING));
		StatementPair pair = new ReportComparator().withCorrections(corrections).compare(earlier, later).pairs().get(0);
		assertEquals(PairStatus.UNCHANGED, pair.status());
		assertTrue(pair.corrected());
	}

	@Test
	void aStatementWhoseIdChangedIsFoundByItsText() {
		Report earlier = StatementLinkingTest.report("2019", 2019, TRAINING, HEGGELIA);
		Report later = StatementLinkingTest.report("2020", 2020, TRAINING, OPENED);
		// as if a re-import had given the statements other ids
		Correction stale = new Correction(true, "2019/noorwegen/0bsolete", "2020/noorwegen/0bsolete", HEGGELIA, OPENED);
		PairingCorrections corrections = PairingCorrections.parse(PairingCorrections.none().plus(stale).toBytes());
		assertEquals(List.of(stale), corrections.all(), "the file reads back what was written");
		StatementPair linked = pairFrom(new ReportComparator().withCorrections(corrections).compare(earlier, later).pairs(), HEGGELIA);
		assertEquals(OPENED, linked.to().getText());
	}

	@Test
	void linesTheFileDoesNotKnowAreSkipped() {
		String text = "link\ta\tb\tx\ty\n# a note\nrelink\ta\tb\tx\ty\nunlink\tc\td\tz\tw\n\nlink\tonly\n";
		PairingCorrections corrections = PairingCorrections.parse(text.getBytes(StandardCharsets.UTF_8));
		assertEquals(2, corrections.all().size());
		assertFalse(corrections.all().get(1).link());
		assertTrue(PairingCorrections.parse(null).isEmpty());
	}

	private static StatementPair pairFrom(List<StatementPair> pairs, String text) {
		return pairs.stream().filter(pair -> pair.from() != null && pair.from().getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no pair from " + text + " in " + pairs));
	}
}
