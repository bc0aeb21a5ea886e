package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ImportedLetter;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.SubjectKind;
import yeardiff.samples.SampleLetter;

/**
 * Sections on partners that no sample letter has, written into the sample letters the way the
 * letters write theirs: after a partner's section, after the last theme of an organisation, and at
 * the end of the letter. Each must become a top-level section about its own country, holding its own
 * sentences and nothing else, and its neighbours must keep theirs: a section folded into the
 * organisation before it would be compared and audited as that organisation's text.
 */
@SuppressWarnings("nls")
class UnknownPartnersTest {

	private static final String POLAND = """
			Polen\s

			Polen verhoogt zijn defensie-uitgaven in 2020 tot 2,3% van het BBP. De\s
			Poolse regering investeert vooral in pantservoertuigen en luchtverdediging.\s

			Nederland en Polen oefenden in 2020 samen met hun landstrijdkrachten.\s
			Beide landen willen de samenwerking op het gebied van militaire\s
			mobiliteit verdiepen.\s

			""";

	private static final String SWEDEN = """
			Zweden\s

			Zweden werkt sinds 2020 nauwer samen met de Nederlandse marine. De\s
			Zweedse onderzeedienst traint jaarlijks met Nederlandse onderzeeboten\s
			in de Oostzee.\s

			""";

	private static final String DENMARK = """
			Denemarken\s
			Denemarken en Nederland werken samen in het Composite Special Operations\s
			Component Command. De Deense regering trekt de komende tien jaar extra\s
			geld uit voor de krijgsmacht.\s
			\s
			""";

	private static final String CANADA = """
			\s
			Canada\s
			Canada leverde in 2019 een bijdrage aan de Enhanced Forward Presence in\s
			Letland. Nederlandse en Canadese militairen oefenden daar samen.\s
			""";

	@Test
	void partnerAfterPartnerAndAfterAnOrganisationsLastTheme() throws ImportException {
		String letter = text(SampleLetter.REPORT_2020);
		letter = insertBefore(letter, "Verenigd Koninkrijk", POLAND);
		letter = insertBefore(letter, "Verenigde Naties", SWEDEN);
		ImportedLetter read = read(letter, "2020-met-polen-en-zweden.txt");
		Report report = read.report();

		assertTopLevelPartner(report, "Polen", "polen", List.of(
				"Polen verhoogt zijn defensie-uitgaven in 2020 tot 2,3% van het BBP.",
				"De Poolse regering investeert vooral in pantservoertuigen en luchtverdediging.",
				"Nederland en Polen oefenden in 2020 samen met hun landstrijdkrachten.",
				"Beide landen willen de samenwerking op het gebied van militaire mobiliteit verdiepen."));
		assertTopLevelPartner(report, "Zweden", "zweden", List.of(
				"Zweden werkt sinds 2020 nauwer samen met de Nederlandse marine.",
				"De Zweedse onderzeedienst traint jaarlijks met Nederlandse onderzeeboten in de Oostzee."));
		assertEquals(List.of("Polen", "Zweden"), read.newSubjects());

		// the neighbours keep exactly what they had
		Report original = ImportedLetters.report(SampleLetter.REPORT_2020);
		for (String id : List.of("2020/noorwegen", "2020/verenigd-koninkrijk", "2020/navo", "2020/overig", "2020/verenigde-naties")) {
			assertEquals(texts(section(original, id)), texts(section(report, id)), id);
		}
		assertEquals(outlineWithout(original), outlineWithout(report, "2020/polen", "2020/zweden"));
		Section nato = section(report, "2020/navo");
		assertFalse(allTexts(nato).stream().anyMatch(text -> text.contains("Zweden")), "NATO holds nothing of Sweden's");
	}

	@Test
	void partnerAfterAnOrganisationsLastThemeAtTheLettersEndAndAfterAPartnerWithoutHeading() throws ImportException {
		String letter = text(SampleLetter.REPORT_2019);
		letter = insertBefore(letter, "Europese Unie", DENMARK);
		letter = insertAfter(letter, "veiligheidsrisico’s als (digitale) spionage, beïnvloeding en economische veiligheid.", CANADA);
		ImportedLetter read = read(letter, "2019-met-denemarken-en-canada.txt");
		Report report = read.report();

		assertTopLevelPartner(report, "Denemarken", "denemarken", List.of(
				"Denemarken en Nederland werken samen in het Composite Special Operations Component Command.",
				"De Deense regering trekt de komende tien jaar extra geld uit voor de krijgsmacht."));
		assertTopLevelPartner(report, "Canada", "canada", List.of(
				"Canada leverde in 2019 een bijdrage aan de Enhanced Forward Presence in Letland.",
				"Nederlandse en Canadese militairen oefenden daar samen."));
		Report original = ImportedLetters.report(SampleLetter.REPORT_2019);
		for (String id : List.of("2019/verenigde-staten", "2019/europese-unie", "2019/nieuwe-uitdagingen")) {
			assertEquals(texts(section(original, id)), texts(section(report, id)), id);
		}
		assertEquals(List.of("Denemarken", "Canada"), read.newSubjects());
	}

	/**
	 * The 2019 report lost the heading of its section on the United States with the missing pages;
	 * its text is told apart by the partner it names. Here the letter writes about Canada instead, a
	 * partner the letters never had, under names only the registry's country data knows: the text
	 * after the gap is still Canada's own section, not the United Kingdom's before it, and the
	 * writer's own country, named in most sections ("Nederland"), is never taken for the subject.
	 */
	@Test
	void textOfAnUnknownPartnerWhoseHeadingIsOnAMissingPageIsItsOwnSection() throws ImportException {
		Report report = read(aboutCanada(text(SampleLetter.REPORT_2019)), "2019-canada.txt").report();
		Report original = ImportedLetters.report(SampleLetter.REPORT_2019);

		Section canada = section(report, "2019/canada");
		assertEquals(1, canada.getLevel());
		assertEquals(null, canada.getHeading(), "the heading is on a missing page");
		assertEquals(SubjectKind.PARTNER, canada.getSubject().getKind());
		List<String> expected = allTexts(section(original, "2019/verenigde-staten")).stream().map(UnknownPartnersTest::aboutCanada).toList();
		assertEquals(expected, allTexts(canada));
		assertEquals(texts(section(original, "2019/verenigd-koninkrijk")), texts(section(report, "2019/verenigd-koninkrijk")));
		assertFalse(outline(report).contains("1 nederland"), outline(report).toString());
	}

	@Test
	void numberedHeadingsGiveTheSameSectionsAndAnUnknownNumberedPartnerIsTopLevel() throws ImportException {
		Report original = ImportedLetters.report(SampleLetter.REPORT_2020);
		String letter = text(SampleLetter.REPORT_2020);
		int top = 0;
		int sub = 0;
		for (Section section : ImportedLetters.sections(original)) {
			if (section.getHeading() == null) {
				continue;
			}
			String number = section.getLevel() == 1 ? ++top + "." : top + "." + ++sub;
			if (section.getLevel() == 1) {
				sub = 0;
			}
			letter = letter.replace("\n" + section.getHeading() + " \n", "\n" + number + " " + section.getHeading() + " \n");
		}
		assertTrue(letter.contains("\n3. Duitsland \n"), "headings numbered");
		letter = insertBefore(letter, (top - 0) + ". Verenigde Naties", SWEDEN.replace("Zweden \n", top + ". Zweden \n"));
		Report numbered = read(letter, "2020-genummerd.txt").report();

		List<String> expected = new ArrayList<>(outline(original));
		expected.add(expected.indexOf("1 verenigde-naties"), "1 zweden");
		assertEquals(expected, outline(numbered));
		assertEquals(ImportedLetters.texts(original).size() + 2, ImportedLetters.texts(numbered).size());
		assertEquals(texts(section(original, "2020/navo")), texts(section(numbered, "2020/navo")));
	}

	@Test
	void partnersNumberedUnderAGroupHeading() throws ImportException {
		String letter = text(SampleLetter.INTERIM_2019)
				.replace("\nBelgië en Luxemburg \n", "\n2. Strategische partners \n \n2.1 België en Luxemburg \n")
				.replace("\nFrankrijk \n", "\n2.3 Frankrijk \n")
				.replace("\nNoorwegen \n", "\n2.4 Noorwegen \n")
				.replace("\nVerenigd Koninkrijk \n", "\n2.5 Verenigd Koninkrijk \n");
		Report report = read(letter, "interim-genummerd.txt").report();
		List<String> outline = outline(report);
		assertTrue(outline.containsAll(List.of("1 belgie-luxemburg", "1 frankrijk", "1 noorwegen", "1 verenigd-koninkrijk")), outline.toString());
		assertEquals(ImportedLetters.texts(ImportedLetters.report(SampleLetter.INTERIM_2019)), ImportedLetters.texts(report));
	}

	@Test
	void otherSpellingsOfHeadings() throws ImportException {
		String letter = text(SampleLetter.REPORT_2020).replace("\nNoord-Atlantische Verdragsorganisatie \n", "\nNavo \n")
				.replaceFirst("Inleiding", "Aanleiding");
		Report report = read(letter, "2020-navo.txt").report();
		assertEquals(outline(ImportedLetters.report(SampleLetter.REPORT_2020)), outline(report));
		assertEquals("Navo", section(report, "2020/navo").getHeading());
		assertEquals("Aanleiding", section(report, "2020/inleiding").getHeading());
	}

	@Test
	void letterWithoutPartnerSectionsIsFiledUnderItsOwnSubject() throws ImportException {
		String letter = text(SampleLetter.INTERIM_2019);
		for (String heading : List.of("België en Luxemburg", "Frankrijk", "Noorwegen", "Verenigd Koninkrijk")) {
			letter = letter.replace("\n" + heading + " \n", "\n");
		}
		ImportedLetter read = read(letter, "zonder-partners.txt");
		Report report = read.report();
		assertEquals(1, report.getSections().size(), outline(report).toString());
		Section own = report.getSections().get(0);
		assertEquals("Samenwerking met strategische partners", own.getHeading());
		assertEquals("samenwerking-met-strategische-partners", own.getSubject().getId());
		assertEquals(ImportedLetters.texts(ImportedLetters.report(SampleLetter.INTERIM_2019)).size(), ImportedLetters.texts(report).size());
		assertEquals(1, read.warnings().size(), read.warnings().toString());
		// Quotes and apostrophes as written: the headless messages are not MessageFormat patterns.
		assertEquals("zonder-partners.txt has no section on a partner or an organisation: its statements are filed under the letter's own subject, 'Samenwerking met strategische partners'",
				read.warnings().get(0));
	}

	private static void assertTopLevelPartner(Report report, String heading, String id, List<String> statements) {
		Section section = report.getSections().stream().filter(candidate -> heading.equals(candidate.getHeading())).findFirst()
				.orElseThrow(() -> new AssertionError(heading + " is no top-level section: " + outline(report)));
		assertEquals(1, section.getLevel());
		assertEquals(id, section.getSubject().getId());
		assertEquals(SubjectKind.PARTNER, section.getSubject().getKind());
		assertEquals(report.getId() + "/" + id, section.getId());
		assertEquals(statements, allTexts(section));
	}

	/** The text with the United States' names and adjectives replaced by Canada's. */
	private static String aboutCanada(String text) {
		return text.replace("Verenigde Staten", "Canada").replaceAll("\\bVS\\b", "Canada").replace("Amerikaanse", "Canadese").replace("Amerikaans", "Canadees");
	}

	private static ImportedLetter read(String letter, String fileName) throws ImportException {
		return new ReportImporter().readLetter(letter.getBytes(StandardCharsets.UTF_8), fileName, ImportOptions.defaults());
	}

	private static String text(SampleLetter letter) {
		return new String(letter.bytes(), StandardCharsets.UTF_8);
	}

	/** The text with the section inserted before the line that holds only the heading (and trailing spaces). */
	private static String insertBefore(String text, String heading, String section) {
		for (String line : List.of(heading + " \n", heading + "  \n", heading + "\n")) {
			int at = text.indexOf("\n" + line);
			if (at >= 0) {
				return text.substring(0, at + 1) + section + text.substring(at + 1);
			}
		}
		throw new AssertionError("no heading line " + heading);
	}

	private static String insertAfter(String text, String lineText, String section) {
		int at = text.indexOf(lineText);
		assertTrue(at >= 0, lineText);
		int end = text.indexOf('\n', at) + 1;
		return text.substring(0, end) + section + text.substring(end);
	}

	private static Section section(Report report, String id) {
		return ImportedLetters.sections(report).stream().filter(section -> section.getId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no section " + id));
	}

	/** The statements of the section itself, without its subsections. */
	private static List<String> texts(Section section) {
		return section.getParagraphs().stream().flatMap(paragraph -> paragraph.getStatements().stream()).map(Statement::getText).toList();
	}

	/** The statements of the section and its subsections. */
	private static List<String> allTexts(Section section) {
		List<String> texts = new ArrayList<>(texts(section));
		section.getSubsections().forEach(subsection -> texts.addAll(allTexts(subsection)));
		return texts;
	}

	private static List<String> outline(Report report) {
		return ImportedLetters.sections(report).stream()
				.map(section -> section.getLevel() + " " + (section.getSubject() == null ? "-" : section.getSubject().getId())).toList();
	}

	private static List<String> outlineWithout(Report report, String... ids) {
		List<String> skipped = List.of(ids);
		return ImportedLetters.sections(report).stream().filter(section -> !skipped.contains(section.getId()))
				.map(section -> section.getLevel() + " " + section.getId() + " " + allTexts(section).size()).toList();
	}
}
