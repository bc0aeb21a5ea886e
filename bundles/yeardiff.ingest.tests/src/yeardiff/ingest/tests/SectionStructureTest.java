package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;

/**
 * The headings of every sample letter, in order, with their level and subject: written down from
 * reading the letters. Headings that sit on pages the extraction lacks are absent. Text after
 * missing pages that is about another strategic partner than the section before the gap opens a
 * section of that partner without heading ("-" below); other text after a gap stays in the section
 * before it.
 */
class SectionStructureTest {

	/**
	 * The report holds 7 of its 13 pages: page 1, then six pages footed "Pagina 2 van 13". The
	 * second page held starts in the middle of the section on Germany, the third in the one on
	 * Norway, the fourth in the one on the United States; their headings, and the whole section on
	 * France, are on missing pages. The fifth and sixth pages start in the middle of sections on EU
	 * and NATO matters, which name partners only in passing: they stay where they are.
	 */
	@Test
	void report2019() {
		assertEquals(List.of(
				"1 Inleiding | inleiding", //$NON-NLS-1$
				"1 België en Luxemburg | belgie-luxemburg", //$NON-NLS-1$
				"1 - | duitsland", //$NON-NLS-1$
				"1 - | noorwegen", //$NON-NLS-1$
				"1 Verenigd Koninkrijk | verenigd-koninkrijk", //$NON-NLS-1$
				"1 - | verenigde-staten", //$NON-NLS-1$
				"1 Europese Unie | europese-unie", //$NON-NLS-1$
				"2 Europees Defensiefonds | europees-defensiefonds", //$NON-NLS-1$
				"2 EU-NAVO samenwerking | eu-navo-samenwerking", //$NON-NLS-1$
				"2 Bijdragen aan de Enhanced Forward Presence en NATO Response Force | inzet-krijgsmacht", //$NON-NLS-1$
				"2 Nieuwe uitdagingen | nieuwe-uitdagingen"), //$NON-NLS-1$
				outline(SampleLetter.REPORT_2019));
	}

	/**
	 * The letter holds pages 1 and 3 of 4. Page 3 starts with the tail of a sentence about the TEN
	 * programme, which names no partner: it stays under België en Luxemburg.
	 */
	@Test
	void interim2019() {
		assertEquals(List.of(
				"1 - | -", //$NON-NLS-1$
				"1 België en Luxemburg | belgie-luxemburg", //$NON-NLS-1$
				"1 Frankrijk | frankrijk", //$NON-NLS-1$
				"1 Noorwegen | noorwegen", //$NON-NLS-1$
				"1 Verenigd Koninkrijk | verenigd-koninkrijk"), //$NON-NLS-1$
				outline(SampleLetter.INTERIM_2019));
	}

	@Test
	void report2020() {
		assertEquals(List.of(
				"1 Inleiding | inleiding", //$NON-NLS-1$
				"1 België en Luxemburg | belgie-luxemburg", //$NON-NLS-1$
				"1 Duitsland | duitsland", //$NON-NLS-1$
				"1 Frankrijk | frankrijk", //$NON-NLS-1$
				"1 Noorwegen | noorwegen", //$NON-NLS-1$
				"1 Verenigd Koninkrijk | verenigd-koninkrijk", //$NON-NLS-1$
				"1 Verenigde Staten | verenigde-staten", //$NON-NLS-1$
				"1 Europese Unie | europese-unie", //$NON-NLS-1$
				"2 Strategisch Kompas | strategisch-kompas", //$NON-NLS-1$
				"2 Permanent gestructureerde samenwerking (PESCO) | pesco", //$NON-NLS-1$
				"2 Militaire mobiliteit | militaire-mobiliteit", //$NON-NLS-1$
				"2 European Defence Industrial Development Programme | edidp", //$NON-NLS-1$
				"2 Europees Defensiefonds | europees-defensiefonds", //$NON-NLS-1$
				"2 EU-NAVO samenwerking | eu-navo-samenwerking", //$NON-NLS-1$
				"2 Meerjarig Financieel Kader (MFK) | meerjarig-financieel-kader", //$NON-NLS-1$
				"1 Noord-Atlantische Verdragsorganisatie | navo", //$NON-NLS-1$
				"2 Lastenverdeling | lastenverdeling", //$NON-NLS-1$
				"2 Capaciteitsdoelstellingen | capaciteitsdoelstellingen", //$NON-NLS-1$
				"2 Inzet Nederlandse krijgsmacht | inzet-krijgsmacht", //$NON-NLS-1$
				"2 Nieuwe ontwikkelingen en uitdagingen | nieuwe-uitdagingen", //$NON-NLS-1$
				"2 Overig | overig", //$NON-NLS-1$
				"1 Verenigde Naties | verenigde-naties", //$NON-NLS-1$
				"2 Hervorming en modernisering VN-vredesmissies | vn-vredesmissies", //$NON-NLS-1$
				"2 Missies en operaties | missies-en-operaties", //$NON-NLS-1$
				"2 Conferentie ter voorbereiding van de UN Peacekeeping Ministerial | vn-vredesmissies", //$NON-NLS-1$
				"2 COVID-19 | covid-19"), //$NON-NLS-1$
				outline(SampleLetter.REPORT_2020));
	}

	/**
	 * The report holds page 1 of 8 and three pages footed "Pagina 8 van 8". Page 1 is the untitled
	 * opening; the second page held starts in the middle of the section on Germany ("het
	 * Duits-Franse project Main Ground Combat System", then Germany only), the third at the start of
	 * the section on the United Kingdom, whose heading is on a missing page. The fourth page starts
	 * in NATO matters under Suriname, naming no partner.
	 */
	@Test
	void report2021() {
		assertEquals(List.of(
				"1 - | -", //$NON-NLS-1$
				"1 - | duitsland", //$NON-NLS-1$
				"1 Frankrijk | frankrijk", //$NON-NLS-1$
				"1 - | verenigd-koninkrijk", //$NON-NLS-1$
				"1 Verenigde Staten | verenigde-staten", //$NON-NLS-1$
				"1 Overige partnerlanden | overige-partners", //$NON-NLS-1$
				"1 Suriname | suriname", //$NON-NLS-1$
				"1 Verenigde Naties | verenigde-naties", //$NON-NLS-1$
				"1 Organisatie van Veiligheid en Samenwerking in Europa | ovse", //$NON-NLS-1$
				"1 Overige multilaterale verbanden | overige-multilaterale-verbanden"), //$NON-NLS-1$
				outline(SampleLetter.REPORT_2021));
	}

	/**
	 * The nota holds its odd pages only, 1 to 15. Its annex lists areas of cooperation per partner:
	 * page 11 starts with those with Germany (the Luchtmobiele Brigade, "de Duitse school", "Duitsland
	 * beschikt over ..."), page 13 with those with the United States ("samenwerking met de VS op
	 * cybergebied"), their headings on pages 10 and 12. Its own themes are no subjects the registry
	 * lists: each is a theme of its own, named by its heading up to a colon.
	 */
	@Test
	void nota2012() {
		assertEquals(List.of(
				"1 Inleiding | inleiding", //$NON-NLS-1$
				"1 Samenwerking staat niet op zichzelf, maar dient een doel | samenwerking-staat-niet-op-zichzelf-maar-dient-een-doel", //$NON-NLS-1$
				"1 Samenwerkingspartners: criteria als leidraad, niet als dogma | samenwerkingspartners", //$NON-NLS-1$
				"1 Verankering | verankering", //$NON-NLS-1$
				"1 - | duitsland", //$NON-NLS-1$
				"1 Samenwerkingsgebieden met Noorwegen en Denemarken (als voornaamste partners binnen de Northern Group) | noorwegen", //$NON-NLS-1$
				"1 Samenwerkingsgebieden met Frankrijk | frankrijk", //$NON-NLS-1$
				"1 - | verenigde-staten", //$NON-NLS-1$
				"1 Overige NAVO- en EU-partners; gelieerde partners | overige-partners", //$NON-NLS-1$
				"1 Partners voor specifieke thema\u2019s | overige-partners", //$NON-NLS-1$
				"1 Samenwerkingsgebieden in de EU | europese-unie", //$NON-NLS-1$
				"1 Overige multilaterale samenwerkingsgebieden | overige-multilaterale-verbanden"), //$NON-NLS-1$
				outline(SampleLetter.NOTA_2012));
	}

	@Test
	void sectionsOpenedAfterMissingPagesHoldTheirPartnersText() {
		Report report = ImportedLetters.report(SampleLetter.REPORT_2019);
		Section germany = section(report, "2019/duitsland"); //$NON-NLS-1$
		assertEquals(2, germany.getPage());
		assertEquals(1, germany.getLevel());
		assertEquals("Duitsland", germany.getSubject().getName()); //$NON-NLS-1$
		assertEquals("digitalisering van het landoptreden en de aanschaf van onderzeeboten.", firstText(germany)); //$NON-NLS-1$
		assertEquals("2019/duitsland", sectionOf(report, "Tevens maakte Nederland in 2019 samen met Duitsland en Noorwegen onderdeel uit van " //$NON-NLS-1$ //$NON-NLS-2$
				+ "de Very high readiness Joint Task Force (VJTF 2019), het snelst inzetbare deel van de interventiemacht van de NAVO.")); //$NON-NLS-1$
		assertEquals("krijgsmacht en bestaat uit vier ambitieniveaus.", firstText(section(report, "2019/noorwegen"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2019/noorwegen", sectionOf(report, "De Joint Arctic Training (koudweertraining) van het Nederlandse Korps Mariniers " //$NON-NLS-1$ //$NON-NLS-2$
				+ "vindt jaarlijks in Noord-Noorwegen plaats en vanaf januari 2020 wordt vanaf de locatie Skjold getraind.")); //$NON-NLS-1$
		assertEquals("afschrikking meer aan Europese landen laten.", firstText(section(report, "2019/verenigde-staten"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2019/verenigde-staten", sectionOf(report, "Verder zien de Verenigde Staten uit naar ratificatie van het in 2018 " //$NON-NLS-1$ //$NON-NLS-2$
				+ "ondertekende raamwerk voor samenwerking op het gebied van defensieaangelegenheden, ook Raamverdrag genoemd, dat momenteel " //$NON-NLS-1$
				+ "bij uw Kamer voorligt ter goedkeuring.")); //$NON-NLS-1$
		// the last statement before the gap stays with Belgium, cut off as the page ends
		assertEquals("2019/belgie-luxemburg", sectionOf(report, "Daarnaast zijn België en Nederland bezig met de gezamenlijke")); //$NON-NLS-1$ //$NON-NLS-2$
		// NATO text after a gap names Germany ("in Ulm, Duitsland") and the United States in passing only
		assertEquals("2019/eu-navo-samenwerking", sectionOf(report, //$NON-NLS-1$
				"Afgesproken is dat eind 2019 de politieke doelstelling om het initiatief te vullen met aangewezen eenheden moet zijn gerealiseerd.")); //$NON-NLS-1$

		Report report2021 = ImportedLetters.report(SampleLetter.REPORT_2021);
		assertEquals("inzetten voor aansluiting bij het Duits-Franse project Main Ground Combat System (MGCS) (Kamerstuk 35925 X, nr. 17).", //$NON-NLS-1$
				firstText(section(report2021, "2021/duitsland"))); //$NON-NLS-1$
		assertEquals("De Britse regering heeft in maart 2021 een Integrated Review of Security, Defence, Development and Foreign Policy, getiteld " //$NON-NLS-1$
				+ "\u201cGlobal Britain in a competitive age\u201d gepubliceerd, gevolgd door een Defence Command Paper.", //$NON-NLS-1$
				firstText(section(report2021, "2021/verenigd-koninkrijk"))); //$NON-NLS-1$
	}

	@Test
	void sectionIdsNameTheSubjectAndCountRepeats() {
		Report report = ImportedLetters.report(SampleLetter.REPORT_2020);
		List<String> ids = ImportedLetters.sections(report).stream().map(Section::getId).toList();
		assertEquals("2020/belgie-luxemburg", ids.get(1)); //$NON-NLS-1$
		assertEquals("2020/pesco", ids.get(9)); //$NON-NLS-1$
		assertEquals("2020/vn-vredesmissies", ids.get(22)); //$NON-NLS-1$
		assertEquals("2020/vn-vredesmissies-2", ids.get(24)); //$NON-NLS-1$
		assertEquals("2019-06-19/inleiding", ImportedLetters.report(SampleLetter.INTERIM_2019).getSections().get(0).getId()); //$NON-NLS-1$
	}

	@Test
	void subjectsAreListedOnceAndReferenced() {
		Report report = ImportedLetters.report(SampleLetter.REPORT_2020);
		List<String> subjectIds = report.getSubjects().stream().map(subject -> subject.getId()).toList();
		assertEquals(subjectIds.stream().distinct().toList(), subjectIds);
		assertEquals(25, subjectIds.size());
		Section pesco = ImportedLetters.sections(report).get(9);
		assertEquals(report.getSubjects().get(9), pesco.getSubject());
		assertEquals("Permanent gestructureerde samenwerking", pesco.getSubject().getName()); //$NON-NLS-1$
	}

	private static Section section(Report report, String id) {
		return ImportedLetters.sections(report).stream().filter(section -> section.getId().equals(id)).findFirst().orElseThrow();
	}

	/** The id of the section that holds the statement with this text. */
	private static String sectionOf(Report report, String text) {
		Statement statement = ImportedLetters.statements(report).stream().filter(candidate -> candidate.getText().equals(text)).findFirst().orElseThrow();
		return ((Section) statement.eContainer().eContainer()).getId();
	}

	private static String firstText(Section section) {
		return section.getParagraphs().get(0).getStatements().get(0).getText();
	}

	private static List<String> outline(SampleLetter letter) {
		return ImportedLetters.sections(ImportedLetters.report(letter)).stream()
				.map(section -> section.getLevel() + " " + (section.getHeading() == null ? "-" : section.getHeading()) + " | " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ (section.getSubject() == null ? "-" : section.getSubject().getId())) //$NON-NLS-1$
				.toList();
	}
}
