package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.SubjectKind;
import yeardiff.samples.SampleLetter;

/**
 * Two house styles made after the reader was written, to see it hold on typesetting it was not
 * designed for (releng/testpdfs/generate rapport brochure; the PDFs in pdf/rapport and
 * pdf/brochure), each with a section on a partner none of the letters has, set between the last
 * partner and the organisations. Measured against the truth they were made from: the text import of
 * the same letter with that section added.
 *
 * <ul>
 * <li>{@code rapport}: Liberation Serif 11 pt, justified and hyphenated with half a line between
 * paragraphs; headings of both levels numbered ("9.2 PESCO") and bold at the body's size; a running
 * header with a rule under it on every page, the first included; "Datum:", "Ons kenmerk:",
 * "Onderwerp:" with colons in the text column; footnotes at the foot of the page; "3/14" page
 * numbers; a section on Poland.</li>
 * <li>{@code brochure}: DejaVu Sans 10 pt, ragged right, a wide left margin; on the first page only a
 * letterhead column at the right ("Kenmerk", "Onderwerp" above their values), the text beside it
 * narrower than on later pages, the addressee broken over two lines; headings in small capitals,
 * subheadings underlined, both in the body's face and size; "- 3 -" page numbers; a section on
 * Canada.</li>
 * </ul>
 *
 * <p>Before the reader measured these (small capitals, underlines, the paragraph space, the text
 * column per page, labels with colons, hyphenation per letter): {@code rapport} gave 0.923 of the
 * statements and no date, subject or year for letters that name them by "Datum:" and "Onderwerp:";
 * {@code brochure} no letter at all ("no partner sections found"). After: 0.995 and 1.0.</p>
 */
@SuppressWarnings("nls")
class UnseenHouseStylesTest {

	/** The partner each style adds, its paragraphs as the generator writes them ("{year}": the report's year). */
	private static final Map<String, List<List<String>>> INVENTED = Map.of(
			"Polen", List.of(
					List.of("Polen is voor Nederland een belangrijke bondgenoot aan de oostflank van het NAVO-verdragsgebied.",
							"De Poolse defensie-uitgaven stegen in {year} tot ongeveer 2,3% van het BBP.",
							"De Poolse regering investeert vooral in luchtverdediging, pantservoertuigen en artillerie."),
					List.of("Nederland en Polen oefenden in {year} samen met eenheden van de landmacht en de luchtmacht.",
							"Beide landen willen de samenwerking op het gebied van militaire mobiliteit verder verdiepen.")),
			"Canada", List.of(
					List.of("Canada is de leidende natie van de NAVO-battlegroup in Letland.",
							"Nederland leverde in {year} een bijdrage aan deze battlegroup met een eenheid van de landmacht."),
					List.of("De Canadese en Nederlandse marine werkten samen in de Standing NATO Maritime Group.",
							"Canada verhoogt zijn defensie-uitgaven de komende jaren met ongeveer 70%.")));
	/** The headings the invented section is set after, the last partner's of each letter; the nota has none. */
	private static final Map<String, String> AFTER = Map.of("2019-06-19", "Verenigd Koninkrijk", "2019", "Verenigd Koninkrijk", "2020", "Verenigde Staten",
			"2021", "Suriname");
	/** A heading's number ("1. ", "7.2 "). */
	private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+");

	static Stream<Arguments> letters() {
		List<Arguments> letters = new ArrayList<>();
		for (String[] style : new String[][] { { "rapport", "Polen" }, { "brochure", "Canada" } }) {
			for (SampleLetter letter : SampleLetter.all()) {
				letters.add(Arguments.of(style[0], style[1], letter));
			}
		}
		return letters.stream();
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("letters")
	void metadataHeadingsAndStatements(String style, String partner, SampleLetter letter) throws Exception {
		Report text = ImportedLetters.report(letter);
		Report pdf = read("/pdf/" + style + "/" + text.getId() + ".pdf", letter);
		ImportedLetters.assertSameMetadata(text, pdf);
		assertEquals(text.getMinister(), pdf.getMinister());
		assertEquals(expectedHeadings(text, partner), headings(pdf));
		if (AFTER.containsKey(text.getId())) {
			assertInventedPartner(pdf, partner, text.getYear());
		}
		double[] measured = recallAndPrecision(expected(text, partner), pdf);
		assertTrue(measured[0] >= 0.96 && measured[1] >= 0.96, () -> style + " " + letter + ": recall " + measured[0] + ", precision " + measured[1]);
	}

	/**
	 * Over the five letters: rapport 0.923 of the statements before (and two letters without date or
	 * year), 0.995 after; brochure none before, all after. What rapport still misses are words its
	 * typesetter broke that the letter writes nowhere else whole ("Schot-land", "UNI-FIL").
	 */
	@ParameterizedTest
	@CsvSource({ "rapport, Polen, 0.99", "brochure, Canada, 0.995" })
	void stylesTogether(String style, String partner, double floor) throws Exception {
		int expected = 0;
		int found = 0;
		int given = 0;
		for (SampleLetter letter : SampleLetter.all()) {
			Report text = ImportedLetters.report(letter);
			Report pdf = read("/pdf/" + style + "/" + text.getId() + ".pdf", letter);
			List<String> truth = expected(text, partner);
			expected += truth.size();
			found += matched(truth, ImportedLetters.texts(pdf));
			given += ImportedLetters.texts(pdf).size();
		}
		double recall = found / (double) expected;
		double precision = found / (double) given;
		assertTrue(recall >= floor && precision >= floor, () -> style + ": recall " + recall + ", precision " + precision);
	}

	/**
	 * Named statements of the 2020 report in their sections: the first under a heading set in small
	 * capitals (read as "België en Luxemburg", not "BELGIË EN LUXEMBURG"), one under an underlined
	 * subheading, and one that runs from the narrow first page on to the wide second.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"rapport|9. Europese Unie|9.1 Strategisch Kompas",
			"brochure|Europese Unie|Strategisch Kompas" })
	void namedStatementsInTheirSections(String style, String union, String compass) throws Exception {
		Report pdf = read("/pdf/" + style + "/2020.pdf", SampleLetter.REPORT_2020);
		Section belgium = pdf.getSections().stream().filter(section -> section.getSubject() != null && section.getSubject().getId().equals("belgie-luxemburg"))
				.findFirst().orElseThrow();
		assertEquals("België en Luxemburg", NUMBER.matcher(belgium.getHeading()).replaceFirst(""));
		List<String> belgian = texts(belgium);
		assertEquals("In 2020 bedroeg het Belgisch defensiebudget ongeveer € 4,76 miljard.", belgian.get(0));
		assertTrue(belgian.contains("De Belgische regering pleit voor een «effectieve Europese defensie» met een solide industriële basis ten behoeve van de "
				+ "Europese strategische autonomie, maar de NAVO blijft de hoeksteen van het veiligheidsbeleid."), belgian::toString);
		Section eu = pdf.getSections().stream().filter(section -> union.equals(section.getHeading())).findFirst().orElseThrow();
		Section kompas = eu.getSubsections().stream().filter(section -> compass.equals(section.getHeading())).findFirst().orElseThrow();
		assertEquals(ImportedLetters.report(SampleLetter.REPORT_2020).getSections().stream().filter(section -> "Europese Unie".equals(section.getHeading()))
				.flatMap(section -> section.getSubsections().stream()).filter(section -> "Strategisch Kompas".equals(section.getHeading()))
				.map(UnseenHouseStylesTest::texts).findFirst().orElseThrow(), texts(kompas));
	}

	/**
	 * The same letters as text, extracted in two ways the text import was not written for
	 * (releng/textvariants/generate): {@code pdftotext -raw} (content-stream order, form feeds between
	 * pages) and PDFBox's text stripper with its defaults (drawing order, no page separator, justified
	 * spacing kept).
	 */
	static Stream<Arguments> extractions() {
		List<Arguments> extractions = new ArrayList<>();
		for (String form : List.of("raw", "pdfbox")) {
			letters().forEach(arguments -> extractions.add(Arguments.of(form, arguments.get()[0], arguments.get()[1], arguments.get()[2])));
		}
		return extractions.stream();
	}

	@ParameterizedTest(name = "{0} {1} {3}")
	@MethodSource("extractions")
	void textExtractions(String form, String style, String partner, SampleLetter letter) throws Exception {
		Report text = ImportedLetters.report(letter);
		Report extracted = read("/variants/" + form + "/" + style + "/" + text.getId() + ".txt", letter);
		assertEquals(text.getId(), extracted.getId());
		assertEquals(text.getYear(), extracted.getYear());
		assertEquals(text.getTitle(), extracted.getTitle());
		assertEquals(text.getDate(), extracted.getDate());
		assertEquals(text.getReference(), extracted.getReference());
		assertEquals(subjects(text, partner), subjects(extracted));
		if (AFTER.containsKey(text.getId())) {
			assertInventedPartner(extracted, partner, text.getYear());
		}
		for (String statement : ImportedLetters.texts(extracted)) {
			for (String furniture : List.of("Postbus", "Ons kenmerk", "Onderwerp", "Ministerie van Defensie \u2013", "Staten-Generaal")) {
				assertFalse(statement.contains(furniture), () -> "page furniture in a statement: " + statement);
			}
		}
		double[] measured = recallAndPrecision(expected(text, partner), extracted);
		assertTrue(measured[0] >= 0.8 && measured[1] >= 0.8, () -> form + " " + style + " " + letter + ": recall " + measured[0] + ", precision " + measured[1]);
	}

	/**
	 * Over the five letters of a style in a form: before the text import took "3/14" and "- 3 -"
	 * for page numbers, a line in capitals for a heading, and the first page's letterhead where an
	 * extraction in drawing order puts it (after that page's footer), raw rapport gave 0.951 of the
	 * statements, raw brochure 0.943, PDFBox's rapport 0.87 and PDFBox's brochure refused the
	 * interim letter (no date, so no year) and lost the others' subjects; after: 0.952, 0.952, 0.894,
	 * 0.952. What is left is mostly footnotes an extraction in drawing order sets inside the
	 * paragraph the page breaks, and PDFBox's spaced line-end hyphens ("beslui - ten").
	 */
	@ParameterizedTest
	@CsvSource({ "raw, rapport, Polen, 0.95", "raw, brochure, Canada, 0.95", "pdfbox, rapport, Polen, 0.89", "pdfbox, brochure, Canada, 0.95" })
	void extractionsTogether(String form, String style, String partner, double floor) throws Exception {
		int expected = 0;
		int found = 0;
		int given = 0;
		for (SampleLetter letter : SampleLetter.all()) {
			Report text = ImportedLetters.report(letter);
			Report extracted = read("/variants/" + form + "/" + style + "/" + text.getId() + ".txt", letter);
			List<String> truth = expected(text, partner);
			expected += truth.size();
			found += matched(truth, ImportedLetters.texts(extracted));
			given += ImportedLetters.texts(extracted).size();
		}
		double recall = found / (double) expected;
		double precision = found / (double) given;
		assertTrue(recall >= floor && precision >= floor, () -> form + " " + style + ": recall " + recall + ", precision " + precision);
	}

	/**
	 * The invented partner: one top-level section about a country of its own, holding its sentences
	 * and no others. Its heading in any case: a text extraction gives small capitals as capitals.
	 */
	private static void assertInventedPartner(Report report, String partner, int year) {
		List<Section> sections = report.getSections().stream()
				.filter(section -> section.getHeading() != null && NUMBER.matcher(section.getHeading()).replaceFirst("").equalsIgnoreCase(partner)).toList();
		assertEquals(1, sections.size(), () -> partner + " in " + headings(report));
		Section section = sections.get(0);
		assertNotNull(section.getSubject());
		assertEquals(partner.toLowerCase(), section.getSubject().getId());
		assertEquals(SubjectKind.PARTNER, section.getSubject().getKind());
		assertEquals(invented(partner, year), texts(section));
	}

	private static List<String> invented(String partner, int year) {
		return INVENTED.get(partner).stream().flatMap(List::stream).map(statement -> statement.replace("{year}", String.valueOf(year))).toList();
	}

	/** The text import's statements with the invented partner's after the last partner's section. */
	private static List<String> expected(Report text, String partner) {
		List<String> statements = new ArrayList<>(ImportedLetters.texts(text));
		if (AFTER.containsKey(text.getId())) {
			statements.addAll(invented(partner, text.getYear()));
		}
		return statements;
	}

	/** The text import's headings, depth first with their levels, the invented partner's after the last partner's. */
	private static List<String> expectedHeadings(Report text, String partner) {
		List<String> headings = new ArrayList<>(headings(text));
		String after = AFTER.get(text.getId());
		if (after != null) {
			headings.add(headings.indexOf("1 " + after) + 1, "1 " + partner);
		}
		return headings;
	}

	/** Each section's level and heading, its number aside, depth first. */
	private static List<String> headings(Report report) {
		return ImportedLetters.sections(report).stream().filter(section -> section.getHeading() != null)
				.map(section -> section.getLevel() + " " + NUMBER.matcher(section.getHeading()).replaceFirst("")).toList();
	}

	/** The partners and organisations of the top-level sections with headings, in order, the invented one after the last partner. */
	private static List<String> subjects(Report report, String partner) {
		List<String> subjects = new ArrayList<>(subjects(report));
		String after = AFTER.get(report.getId());
		if (after != null) {
			String afterId = report.getSections().stream().filter(section -> after.equals(section.getHeading())).findFirst().orElseThrow().getSubject().getId();
			subjects.add(subjects.indexOf(afterId) + 1, partner.toLowerCase());
		}
		return subjects;
	}

	private static List<String> subjects(Report report) {
		return report.getSections().stream()
				.filter(section -> section.getHeading() != null && section.getSubject() != null && section.getSubject().getKind() != SubjectKind.THEME)
				.map(section -> section.getSubject().getId()).toList();
	}

	private static List<String> texts(Section section) {
		return section.getParagraphs().stream().flatMap(paragraph -> paragraph.getStatements().stream()).map(Statement::getText).toList();
	}

	/** The share of the truth found word for word, and the share of what was found that is in the truth. */
	private static double[] recallAndPrecision(List<String> truth, Report report) {
		List<String> given = ImportedLetters.texts(report);
		int found = matched(truth, given);
		return new double[] { found / (double) truth.size(), found / (double) given.size() };
	}

	private static int matched(List<String> truth, List<String> given) {
		Map<String, Integer> left = new HashMap<>();
		given.forEach(statement -> left.merge(statement, Integer.valueOf(1), Integer::sum));
		int found = 0;
		for (String statement : truth) {
			Integer count = left.get(statement);
			if (count != null && count.intValue() > 0) {
				found++;
				left.put(statement, Integer.valueOf(count.intValue() - 1));
			}
		}
		return found;
	}

	private static Report read(String resource, SampleLetter letter) throws IOException, ImportException {
		try (InputStream in = UnseenHouseStylesTest.class.getResourceAsStream(resource)) {
			assertNotNull(in, resource);
			String name = resource.substring(resource.lastIndexOf('/') + 1);
			return new ReportImporter().read(in.readAllBytes(), name, ImportOptions.defaults().withYear(letter.year()));
		}
	}
}
