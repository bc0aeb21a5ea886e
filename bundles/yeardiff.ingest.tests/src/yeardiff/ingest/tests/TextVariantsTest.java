package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.SubjectKind;
import yeardiff.samples.SampleLetter;

/**
 * The same letters in other text extractions (releng/textvariants/generate made them from the five
 * letters; the files are in variants/): copied from a web page, a paragraph per line with and without
 * blank lines, and extracted with {@code pdftotext -layout} from the three house-style PDFs of the
 * PDF import's tests (letterhead column beside the body, running headers, justified and hyphenated
 * type). Each is compared with the text import of the same letter.
 */
@SuppressWarnings("nls")
class TextVariantsTest {

	static Stream<Arguments> webCopies() {
		List<Arguments> copies = new ArrayList<>();
		for (SampleLetter letter : SampleLetter.all()) {
			for (String form : List.of("lines", "blank-lines")) {
				copies.add(Arguments.of(letter, form));
			}
		}
		return copies.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("webCopies")
	void webCopyGivesTheSameStatementsAndHeadings(SampleLetter letter, String form) throws Exception {
		Report original = ImportedLetters.report(letter);
		Report copy = read("/variants/web/" + original.getId() + "-" + form + ".txt", letter);
		ImportedLetters.assertSameMetadata(original, copy);
		if (letter == SampleLetter.NOTA_2012) {
			// page 11 ends in "Opleiding & training: het consolideren en actief verder zoeken naar nieuwe",
			// cut off by the missing page 12: on a line of its own it reads as a heading
			assertTrue(headings(copy).containsAll(headings(original)), () -> headings(copy).toString());
			assertTrue(shareOfStatements(original, copy) >= 0.99, () -> shareOfStatements(original, copy) + "");
		} else {
			assertEquals(headings(original), headings(copy));
			assertEquals(ImportedLetters.texts(original), ImportedLetters.texts(copy));
		}
	}

	/**
	 * The PDF extractions: {@code layout} is {@code pdftotext -layout}, {@code plain} is plain
	 * {@code pdftotext} (reading order, no blank line between paragraphs or around headings, words
	 * broken at a line end joined by pdftotext itself, even where the hyphen was the writer's).
	 */
	static Stream<Arguments> pdfExtractions() {
		List<Arguments> extractions = new ArrayList<>();
		for (String form : List.of("layout", "plain")) {
			for (String style : List.of("ministerie", "kamerstuk", "genummerd")) {
				for (SampleLetter letter : SampleLetter.all()) {
					String id = ImportedLetters.report(letter).getId();
					if (TextVariantsTest.class.getResource("/variants/" + form + "/" + style + "/" + id + ".txt") != null) {
						extractions.add(Arguments.of(form, style, letter));
					}
				}
			}
		}
		return extractions.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("pdfExtractions")
	void pdfExtractionGivesTheLettersStatements(String form, String style, SampleLetter letter) throws Exception {
		Report original = ImportedLetters.report(letter);
		Report extracted = read("/variants/" + form + "/" + style + "/" + original.getId() + ".txt", letter);
		assertEquals(original.getId(), extracted.getId());
		assertEquals(original.getYear(), extracted.getYear());
		assertEquals(original.getKind(), extracted.getKind());
		if (!style.equals("kamerstuk")) {
			// the Kamerstuk edition prints no subject line: its title is the series' name
			assertEquals(original.getTitle(), extracted.getTitle());
		}
		double share = shareOfStatements(original, extracted);
		assertTrue(share >= 0.7, () -> form + " " + style + " " + letter + ": " + share);
		for (String text : ImportedLetters.texts(extracted)) {
			for (String furniture : List.of("Bij beantwoording", "Tweede Kamer, vergaderjaar", "Postbus", "Pagina ", "Onze referentie")) {
				assertFalse(text.contains(furniture), () -> "page furniture in a statement: " + text);
			}
		}
		// every partner and organisation the letter has a section on is found, by its heading; left:
		// in plain pdftotext the nota's "Samenwerkingsgebieden met Noorwegen en Denemarken (als" runs
		// on with its remark to the next line without blank lines around it, and is not yet a heading
		if (!(form.equals("plain") && letter.equals(SampleLetter.NOTA_2012))) {
			assertEquals(subjects(original), subjects(extracted));
		}
	}

	/**
	 * Over all three styles and all letters, the statements of the text import come back: 0.931 of
	 * them from the layout extractions before the text import measured hyphenation as the PDF import
	 * does, 0.949 after; 0.541 from the plain extractions before headings were found without blank
	 * lines around them and letterhead values across blank lines, 0.914 after.
	 */
	@ParameterizedTest
	@CsvSource({ "layout, 0.945", "plain, 0.91" })
	void pdfExtractionsTogether(String form, double floor) throws Exception {
		int statements = 0;
		double found = 0;
		for (Arguments arguments : pdfExtractions().filter(arguments -> arguments.get()[0].equals(form)).toList()) {
			String style = (String) arguments.get()[1];
			SampleLetter letter = (SampleLetter) arguments.get()[2];
			Report original = ImportedLetters.report(letter);
			Report extracted = read("/variants/" + form + "/" + style + "/" + original.getId() + ".txt", letter);
			int count = ImportedLetters.texts(original).size();
			statements += count;
			found += shareOfStatements(original, extracted) * count;
		}
		assertTrue(statements > 1500, "all thirteen extractions read");
		double share = found / statements;
		assertTrue(share >= floor, () -> form + ": share of statements " + share);
	}

	/**
	 * The partners and organisations a report has top-level sections with headings on, in order: a
	 * section whose heading is on a page missing from the original letter is told by its page
	 * numbers, which the house-style prints, set without gaps, do not have.
	 */
	private static List<String> subjects(Report report) {
		return report.getSections().stream()
				.filter(section -> section.getHeading() != null && section.getSubject() != null && section.getSubject().getKind() != SubjectKind.THEME)
				.map(section -> section.getSubject().getId()).toList();
	}

	/**
	 * Plain pdftotext joins a word broken at a writer's hyphen without the hyphen ("COVID-19crisis",
	 * "IndoPacifische", "OranjeNassau"): the text import puts it back, where Dutch writes no capital
	 * inside a word and no word straight after a compound's number, and the statements read as the
	 * letter wrote them.
	 */
	@ParameterizedTest
	@CsvSource({ "ministerie", "kamerstuk" })
	void plainExtractionKeepsTheWritersHyphens(String style) throws Exception {
		List<String> texts = ImportedLetters.texts(read("/variants/plain/" + style + "/2021.txt", SampleLetter.REPORT_2021));
		for (String word : List.of("Indo-Pacifische", "COVID-19-crisis", "Oranje-Nassau")) {
			assertTrue(texts.stream().anyMatch(text -> text.contains(word)), word);
		}
		for (String joined : List.of("IndoPacifische", "COVID-19crisis", "OranjeNassau")) {
			assertTrue(texts.stream().noneMatch(text -> text.contains(joined)), joined);
		}
		assertTrue(texts.contains("De Indo-Pacifische regio vormt een belangrijke prioriteit."), texts::toString);
	}

	private static Report read(String resource, SampleLetter letter) throws IOException, ImportException {
		byte[] content;
		try (InputStream in = TextVariantsTest.class.getResourceAsStream(resource)) {
			assertNotNull(in, resource);
			content = in.readAllBytes();
		}
		return new ReportImporter().read(content, resource.substring(resource.lastIndexOf('/') + 1), ImportOptions.defaults().withYear(letter.year()));
	}

	/** The headings in order with their level and subject. */
	private static List<String> headings(Report report) {
		return ImportedLetters.sections(report).stream().filter(section -> section.getHeading() != null)
				.map(section -> section.getLevel() + " " + section.getHeading() + " | " + subject(section)).toList();
	}

	private static String subject(Section section) {
		return section.getSubject() == null ? "-" : section.getSubject().getId();
	}

	/** The share of the original's statements that the other report has word for word. */
	private static double shareOfStatements(Report original, Report other) {
		Set<String> texts = new HashSet<>(ImportedLetters.texts(other));
		List<String> expected = ImportedLetters.texts(original);
		return expected.stream().filter(texts::contains).count() / (double) expected.size();
	}
}
