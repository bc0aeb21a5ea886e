package yeardiff.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.samples.SampleLetter;
import yeardiff.search.InvalidQueryException;
import yeardiff.search.ReportSearch;
import yeardiff.search.SearchHit;
import yeardiff.store.ReportRepository;

/**
 * Searches over the five sample letters, with the statements each should find written down from
 * reading the letters. A hit is compared as "report | partner | page | text".
 */
class ReportSearchTest {

	private static final int ALL = 100;

	private static final String FRIGATES_JUNE_2019_REPLACE = "2019-06-19 | belgie-luxemburg | 1 | België en Nederland zullen samen hun mijnenbestrijdingscapaciteit en hun M-fregatten gaan vervangen."; //$NON-NLS-1$
	private static final String FRIGATES_JUNE_2019_LEAD = "2019-06-19 | belgie-luxemburg | 1 | Op het gebied van de mijnenbestrijdingscapaciteit heeft België de leiding, terwijl Nederland die rol vervult bij de vervanging van de M-fregatten."; //$NON-NLS-1$
	private static final String FRIGATES_2020_BUY = "2020 | belgie-luxemburg | 2 | Om dit te kunnen voortzetten, schaffen beide landen gezamenlijk nieuwe mijnenbestrijdingscapaciteit en nieuwe fregatten aan."; //$NON-NLS-1$
	private static final String FRIGATES_2020_DESIGN = "2020 | belgie-luxemburg | 2 | Ten aanzien van de fregatten zijn België, Nederland en de voorziene bouwer van de schepen eerder dit jaar tot een gezamenlijk ontwerp gekomen dat nu verder wordt uitgewerkt."; //$NON-NLS-1$
	private static final String FRIGATES_2020_DELIVERY = "2020 | belgie-luxemburg | 2 | Voorzien is dat Nederland twee nieuwe fregatten in dienst neemt in de periode 2028–2029 en dat de Belgische fregatten worden geleverd in 2030."; //$NON-NLS-1$

	private static final String SKJOLD_JUNE_2019 = "2019-06-19 | noorwegen | 3 | De Nederlandse wintertraining zal vanaf 2020 plaatsvinden op de tijdelijke oefenlocatie Skjold."; //$NON-NLS-1$
	/*
	 * The 2019 report's heading "Noorwegen" sits on a page its extraction lacks, so the importer
	 * keeps the text after the gap in the section before it (België en Luxemburg); its footers all
	 * read "Pagina 2 van 13", so pages are numbered by their place in the extraction: the third.
	 */
	private static final String SKJOLD_2019 = "2019 | noorwegen | 3 | De Joint Arctic Training (koudweertraining) van het Nederlandse Korps Mariniers vindt jaarlijks in Noord-Noorwegen plaats en vanaf januari 2020 wordt vanaf de locatie Skjold getraind."; //$NON-NLS-1$
	/* "koudweer-" ends page 5 of the Kamerstuk print, "training" starts page 6: the statement starts on 5 */
	private static final String SKJOLD_2020 = "2020 | noorwegen | 5 | De Joint Arctic Training (koudweertraining) van het Nederlandse Korps Mariniers vindt al sinds de jaren zeventig jaarlijks in Noord-Noorwegen plaats, waarbij sinds januari 2020 vanaf de locatie Skjold wordt getraind."; //$NON-NLS-1$
	private static final String SKJOLD_2020_BARRACKS = "2020 | noorwegen | 6 | Zowel de Joint Mountain Training als de Joint Arctic Training zullen in de toekomst jaarlijks vanaf de kazerne te Skjold worden uitgevoerd."; //$NON-NLS-1$
	private static final String ARCTIC_JUNE_2019 = "2019-06-19 | noorwegen | 3 | De jaarlijkse Nederlandse wintertraining in Noorwegen, ofwel Joint Arctic Training, vond dit jaar plaats van januari tot maart."; //$NON-NLS-1$

	@TempDir
	static Path folder;

	private static ReportRepository repository;
	private static ReportSearch search;

	@BeforeAll
	static void importSamples() throws Exception {
		repository = SampleRepository.create(folder, SampleLetter.all().toArray(SampleLetter[]::new));
		search = ReportSearch.of(repository);
	}

	@AfterAll
	static void close() throws Exception {
		search.close();
		repository.close();
	}

	@Test
	void fregatFindsTheBelgianDutchFrigatesInStemmedForms() throws Exception {
		assertEquals(Set.of(FRIGATES_JUNE_2019_REPLACE, FRIGATES_JUNE_2019_LEAD, FRIGATES_2020_BUY, FRIGATES_2020_DESIGN,
				FRIGATES_2020_DELIVERY), rows(search("fregat partner:belgie-luxemburg"))); //$NON-NLS-1$
	}

	@Test
	void fregatFindsEveryFrigateOfEveryReport() throws Exception {
		List<SearchHit> hits = search("fregat"); //$NON-NLS-1$
		Set<String> rows = rows(hits);
		assertTrue(rows.containsAll(Set.of(FRIGATES_JUNE_2019_REPLACE, FRIGATES_JUNE_2019_LEAD, FRIGATES_2020_BUY,
				FRIGATES_2020_DESIGN, FRIGATES_2020_DELIVERY)), rows::toString);
		assertTrue(rows.contains("2020 | frankrijk | 4 | Nederland heeft met het fregat Zr.Ms. De Ruyter vanaf januari 2020 vijf maanden militair deelgenomen aan de Frans geleide Europese missie EMASoH rond de Straat van Hormuz."), //$NON-NLS-1$
				rows::toString);
		// 2019: the staff ship of SNMG-2; 2020: Germany's air defence frigates, the British Type 26/31/32, the NRF
		assertEquals(10, hits.size(), rows::toString);
		for (SearchHit hit : hits) {
			assertTrue(hit.text().toLowerCase(Locale.ROOT).contains("fregat"), hit::text); //$NON-NLS-1$
			assertTrue(hit.statementId().startsWith(hit.report() + '/'), hit::statementId);
			assertTrue(hit.score() > 0, hit::toString);
		}
	}

	@Test
	void skjoldFindsTheJointArcticTrainingEveryYear() throws Exception {
		assertEquals(Set.of(SKJOLD_JUNE_2019, SKJOLD_2019, SKJOLD_2020, SKJOLD_2020_BARRACKS), rows(search("Skjold"))); //$NON-NLS-1$
	}

	@Test
	void hitsCarryTheReportsYear() throws Exception {
		assertEquals(Set.of("2019-06-19 2019", "2019 2019", "2020 2020"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new TreeSet<>(search("Skjold").stream().map(hit -> hit.report() + ' ' + hit.year()).toList())); //$NON-NLS-1$
	}

	@Test
	void aPhraseNeedsItsWordsInOrder() throws Exception {
		assertEquals(Set.of(ARCTIC_JUNE_2019, SKJOLD_2019, SKJOLD_2020, SKJOLD_2020_BARRACKS),
				rows(search("\"Joint Arctic Training\""))); //$NON-NLS-1$
		assertEquals(Set.of(SKJOLD_2020_BARRACKS), rows(search("\"joint mountain training\""))); //$NON-NLS-1$
		assertEquals(Set.of(), rows(search("\"Training Arctic Joint\""))); //$NON-NLS-1$
	}

	@Test
	void wordsMustAllOccur() throws Exception {
		assertEquals(Set.of(SKJOLD_2020, SKJOLD_2020_BARRACKS), rows(search("Skjold (zeventig OR kazerne)"))); //$NON-NLS-1$
		assertEquals(Set.of(SKJOLD_2020), rows(search("Skjold zeventig"))); //$NON-NLS-1$
	}

	@Test
	void partnerFilterTakesAnyNameOfThePartner() throws Exception {
		Set<String> expected = Set.of(SKJOLD_JUNE_2019, SKJOLD_2019, SKJOLD_2020, SKJOLD_2020_BARRACKS);
		assertEquals(expected, rows(search("Skjold partner:noorwegen"))); //$NON-NLS-1$
		assertEquals(expected, rows(search("Skjold partner:Norway"))); //$NON-NLS-1$
		assertEquals(expected, rows(search("partner:Noorwegen Skjold"))); //$NON-NLS-1$
	}

	@Test
	void aMemberFindsTheCompositeSection() throws Exception {
		Set<String> expected = Set.of(FRIGATES_JUNE_2019_REPLACE, FRIGATES_JUNE_2019_LEAD, FRIGATES_2020_BUY,
				FRIGATES_2020_DESIGN, FRIGATES_2020_DELIVERY);
		assertEquals(expected, rows(search("fregat partner:belgie"))); //$NON-NLS-1$
		assertEquals(expected, rows(search("fregat partner:\"België en Luxemburg\""))); //$NON-NLS-1$
		assertEquals(Set.of(), rows(search("fregat partner:duitsland year:2019"))); //$NON-NLS-1$
	}

	@Test
	void yearFilterTakesTheYearCovered() throws Exception {
		assertEquals(Set.of(FRIGATES_JUNE_2019_REPLACE, FRIGATES_JUNE_2019_LEAD,
				"2019 | inzet-krijgsmacht | 6 | Daarnaast voerde Nederland tot en met juni 2019 het commando over de Standing NATO Maritime Group 2 (SNMG-2) en leverde daarbij een staf en een fregat als stafschip."), //$NON-NLS-1$
				rows(search("fregat year:2019"))); //$NON-NLS-1$
		assertEquals(Set.of(SKJOLD_2020, SKJOLD_2020_BARRACKS), rows(search("Skjold year:[2020 TO 2021]"))); //$NON-NLS-1$
		assertEquals(Set.of(), rows(search("Skjold year:2012"))); //$NON-NLS-1$
	}

	@Test
	void diacriticsAreFolded() throws Exception {
		Set<String> expected = Set.of(
				"2020 | missies-en-operaties | 15 | In 2020 zijn UNTSO-waarnemers opnieuw ingezet in de grensgebieden tussen Israël en de buurlanden (Libanon, Golan/Syrië en Egypte).", //$NON-NLS-1$
				// the 2021 letter opens without a heading: its introduction is about no subject
				"2021 | null | 1 | Tevens ga ik in op significante ontwikkelingen in de samenwerking met andere landen, namelijk Suriname en Israël."); //$NON-NLS-1$
		assertEquals(expected, rows(search("Israel"))); //$NON-NLS-1$
		assertEquals(expected, rows(search("Israël"))); //$NON-NLS-1$
		assertEquals(expected, rows(search("ISRAËL"))); //$NON-NLS-1$
	}

	@Test
	void aCountryNameFindsItselfAndItsCompounds() throws Exception {
		Set<String> rows = rows(search("Noorwegen")); //$NON-NLS-1$
		assertTrue(rows.contains(
				"2020 | noorwegen | 5 | Daarnaast speelt Noorwegen een belangrijke rol in de NAVO door te opereren in en toezicht te houden op het Noordpoolgebied en op die manier bij te dragen aan «situational awareness» van de NAVO."), //$NON-NLS-1$
				rows::toString);
		assertTrue(rows.contains(SKJOLD_2020), rows::toString);
		for (String row : rows) {
			assertTrue(row.contains("Noorwegen"), row); //$NON-NLS-1$
		}
	}

	@Test
	void maxLimitsTheHitsToTheBest() throws Exception {
		List<SearchHit> all = search("fregat"); //$NON-NLS-1$
		List<SearchHit> best = search.search("fregat", 3); //$NON-NLS-1$
		assertEquals(all.subList(0, 3), best);
		for (int i = 1; i < all.size(); i++) {
			assertTrue(all.get(i - 1).score() >= all.get(i).score());
		}
	}

	@Test
	void badQueriesSayWhatIsWrongInOneLine() {
		assertInvalid("\"Joint Arctic", "the query \"Joint Arctic opens a quote it does not close"); //$NON-NLS-1$ //$NON-NLS-2$
		assertInvalid("land:noorwegen Skjold", "'land:' is not a filter: use partner: or year:, or put the text in quotes"); //$NON-NLS-1$ //$NON-NLS-2$
		assertInvalid("Skjold partner:Atlantis", "no partner is called 'Atlantis': use an id such as duitsland or a name such as Germany"); //$NON-NLS-1$ //$NON-NLS-2$
		assertInvalid("Skjold year:twintig", "'twintig' is not a year: use year:2020 or year:[2019 TO 2020]"); //$NON-NLS-1$ //$NON-NLS-2$
		assertInvalid("partner:duits*", "the filter partner: takes a value as it is, without wildcards"); //$NON-NLS-1$ //$NON-NLS-2$
		assertInvalid("  ", "the query is empty: give words to search for, such as 'fregat' or '\"Joint Arctic Training\" partner:noorwegen'"); //$NON-NLS-1$ //$NON-NLS-2$
		InvalidQueryException dangling = assertThrows(InvalidQueryException.class, () -> search.search("fregat AND", ALL)); //$NON-NLS-1$
		assertTrue(dangling.getMessage().startsWith("the query fregat AND cannot be read: "), dangling::getMessage); //$NON-NLS-1$
		assertEquals(1, dangling.getMessage().lines().count(), dangling::getMessage);
	}

	private static void assertInvalid(String query, String message) {
		InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search.search(query, ALL));
		assertEquals(message, e.getMessage());
	}

	private static List<SearchHit> search(String query) throws Exception {
		return search.search(query, ALL);
	}

	private static Set<String> rows(List<SearchHit> hits) {
		Set<String> rows = new TreeSet<>();
		for (SearchHit hit : hits) {
			rows.add(hit.report() + " | " + hit.partner() + " | " + hit.page() + " | " + hit.text()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return rows;
	}
}
