package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Footnote;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.SourceKind;
import yeardiff.samples.SampleLetter;

/**
 * The sample letters as LibreOffice typeset them in house styles the reader was not written for
 * (releng/testpdfs/generate; the PDFs in pdf/): each gives the metadata, the heading sequence and
 * at least 98% of the statements of the text import of the same letter, and its footnotes as
 * footnotes.
 *
 * <ul>
 * <li>{@code ministerie}: the Rijkshuisstijl letter, letterhead column on the right, "Datum" and
 * "Betreft" labels with their values a tab away, justified and hyphenated DejaVu Serif, bold
 * headings and italic subheadings at body size, the running "Datum / Onze referentie" column and
 * "Pagina x van y" on later pages.</li>
 * <li>{@code kamerstuk}: the Kamerstuk edition, "Tweede Kamer der Staten-Generaal / Vergaderjaar /
 * 33 279 / Nr. .. BRIEF VAN DE MINISTER VAN DEFENSIE", italic (not bold) headings in a sans serif,
 * running headers with page numbers, footnotes at the foot of the page, no reference and no
 * "Betreft" line: its title is the series' title with the year the text names.</li>
 * </ul>
 */
class HouseStylePdfTest {

	/** The share of the text import's statements a PDF must give word for word. */
	private static final double SAME_STATEMENTS = 0.98;
	/** A heading's number ("1. ", "7.2 "). */
	private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+"); //$NON-NLS-1$

	@ParameterizedTest
	@CsvSource({ "ministerie, NOTA_2012", "ministerie, INTERIM_2019", "ministerie, REPORT_2019", "ministerie, REPORT_2020",
			"ministerie, REPORT_2021" })
	void ministryLetterGivesTheTextImport(String style, String name) throws ImportException, IOException {
		SampleLetter letter = ImportedLetters.named(name);
		Report text = ImportedLetters.report(letter);
		Report pdf = read(style, letter, text.getId());

		ImportedLetters.assertSameMetadata(text, pdf);
		assertEquals(text.getMinister(), pdf.getMinister());
		assertSameText(text, pdf);
	}

	@ParameterizedTest
	@CsvSource({ "REPORT_2019, 33 279, nr. 31", "REPORT_2020, 33 279, nr. 37", "REPORT_2021, 33 279, nr. 40" })
	void kamerstukGivesTheTextImport(String name, String dossier, String number) throws ImportException, IOException {
		SampleLetter letter = ImportedLetters.named(name);
		Report text = ImportedLetters.report(letter);
		Report pdf = read("kamerstuk", letter, text.getId()); //$NON-NLS-1$

		assertEquals(text.getId(), pdf.getId());
		assertEquals(text.getYear(), pdf.getYear());
		assertEquals(text.getKind(), pdf.getKind());
		assertEquals("Rapportage internationale militaire samenwerking " + text.getYear(), pdf.getTitle()); //$NON-NLS-1$
		assertEquals(text.getDate(), pdf.getDate());
		assertEquals(dossier + ", " + number, pdf.getKamerstuk()); //$NON-NLS-1$
		assertEquals(text.getMinister(), pdf.getMinister());
		assertSameText(text, pdf);
	}

	private static Report read(String style, SampleLetter letter, String id) throws ImportException, IOException {
		String path = "/pdf/" + style + '/' + id + ".pdf"; //$NON-NLS-1$ //$NON-NLS-2$
		try (InputStream in = HouseStylePdfTest.class.getResourceAsStream(path)) {
			assertNotNull(in, path);
			Report report = new ReportImporter().read(in.readAllBytes(), id + ".pdf", ImportOptions.defaults().withYear(letter.year())); //$NON-NLS-1$
			assertEquals(SourceKind.PDF, report.getSource().getKind());
			return report;
		}
	}

	/** The same headings in the same order, the same footnotes, and at least 98% of the statements. */
	private static void assertSameText(Report text, Report pdf) {
		assertEquals(headings(text), headings(pdf));
		assertEquals(text.getFootnotes().stream().map(Footnote::getText).toList(), pdf.getFootnotes().stream().map(Footnote::getText).toList());
		List<String> expected = ImportedLetters.texts(text);
		Map<String, Integer> given = new HashMap<>();
		ImportedLetters.texts(pdf).forEach(statement -> given.merge(statement, Integer.valueOf(1), Integer::sum));
		List<String> missing = new ArrayList<>();
		for (String statement : expected) {
			Integer left = given.get(statement);
			if (left == null || left.intValue() == 0) {
				missing.add(statement);
			} else {
				given.put(statement, Integer.valueOf(left.intValue() - 1));
			}
		}
		double share = 1 - missing.size() / (double) expected.size();
		assertTrue(share >= SAME_STATEMENTS, () -> String.format("%.3f of the statements; missing: %s", Double.valueOf(share), missing)); //$NON-NLS-1$
	}

	/**
	 * The headings of the sections in reading order, their numbers aside. Sections that text after
	 * missing pages opens for a partner whose heading was lost are not counted: the PDF is set from
	 * the letter as far as the text has it, without the gap.
	 */
	private static List<String> headings(Report report) {
		return ImportedLetters.sections(report).stream()
				.map(Section::getHeading)
				.filter(heading -> heading != null)
				.map(heading -> NUMBER.matcher(heading).replaceFirst("")) //$NON-NLS-1$
				.toList();
	}
}
