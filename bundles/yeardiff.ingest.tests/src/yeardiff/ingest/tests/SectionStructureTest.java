package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.samples.SampleLetter;

/**
 * The headings of every sample letter, in order, with their level and subject: written down from
 * reading the letters. Headings that sit on pages the extraction lacks are absent, and the text of
 * a page that follows a gap stays in the section before it.
 */
class SectionStructureTest {

	@Test
	void report2019() {
		assertEquals(List.of(
				"1 Inleiding | inleiding", //$NON-NLS-1$
				"1 België en Luxemburg | belgie-luxemburg", //$NON-NLS-1$
				"1 Verenigd Koninkrijk | verenigd-koninkrijk", //$NON-NLS-1$
				"1 Europese Unie | europese-unie", //$NON-NLS-1$
				"2 Europees Defensiefonds | europees-defensiefonds", //$NON-NLS-1$
				"2 EU-NAVO samenwerking | eu-navo-samenwerking", //$NON-NLS-1$
				"2 Bijdragen aan de Enhanced Forward Presence en NATO Response Force | inzet-krijgsmacht", //$NON-NLS-1$
				"2 Nieuwe uitdagingen | nieuwe-uitdagingen"), //$NON-NLS-1$
				outline(SampleLetter.REPORT_2019));
	}

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

	@Test
	void report2021() {
		assertEquals(List.of(
				"1 - | -", //$NON-NLS-1$
				"1 Frankrijk | frankrijk", //$NON-NLS-1$
				"1 Verenigde Staten | verenigde-staten", //$NON-NLS-1$
				"1 Overige partnerlanden | overige-partners", //$NON-NLS-1$
				"1 Suriname | suriname", //$NON-NLS-1$
				"1 Verenigde Naties | verenigde-naties", //$NON-NLS-1$
				"1 Organisatie van Veiligheid en Samenwerking in Europa | ovse", //$NON-NLS-1$
				"1 Overige multilaterale verbanden | overige-multilaterale-verbanden"), //$NON-NLS-1$
				outline(SampleLetter.REPORT_2021));
	}

	@Test
	void nota2012() {
		assertEquals(List.of(
				"1 Inleiding | inleiding", //$NON-NLS-1$
				"1 Samenwerking staat niet op zichzelf, maar dient een doel | samenwerking-dient-een-doel", //$NON-NLS-1$
				"1 Samenwerkingspartners: criteria als leidraad, niet als dogma | samenwerkingspartners", //$NON-NLS-1$
				"1 Verankering | verankering", //$NON-NLS-1$
				"1 Samenwerkingsgebieden met Noorwegen en Denemarken (als voornaamste partners binnen de Northern Group) | noorwegen", //$NON-NLS-1$
				"1 Samenwerkingsgebieden met Frankrijk | frankrijk", //$NON-NLS-1$
				"1 Overige NAVO- en EU-partners; gelieerde partners | overige-partners", //$NON-NLS-1$
				"1 Partners voor specifieke thema\u2019s | overige-partners", //$NON-NLS-1$
				"1 Samenwerkingsgebieden in de EU | europese-unie", //$NON-NLS-1$
				"1 Overige multilaterale samenwerkingsgebieden | overige-multilaterale-verbanden"), //$NON-NLS-1$
				outline(SampleLetter.NOTA_2012));
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

	private static List<String> outline(SampleLetter letter) {
		return ImportedLetters.sections(ImportedLetters.report(letter)).stream()
				.map(section -> section.getLevel() + " " + (section.getHeading() == null ? "-" : section.getHeading()) + " | " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ (section.getSubject() == null ? "-" : section.getSubject().getId())) //$NON-NLS-1$
				.toList();
	}
}
