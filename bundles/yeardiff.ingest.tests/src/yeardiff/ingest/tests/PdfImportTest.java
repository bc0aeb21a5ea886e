package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Footnote;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.SourceKind;
import yeardiff.testing.SamplePdf;

/**
 * A letter read from its PDF gives what its text extraction gives: the PDF set by
 * {@link SamplePdf} (letterhead column, running headers, justified and hyphenated lines, bold
 * headings, raised footnote markers and small-type footnotes) must come back as the same sections,
 * statements and footnotes.
 */
class PdfImportTest {

	@ParameterizedTest
	@ValueSource(strings = { "REPORT_2019", "REPORT_2020", "REPORT_2021", "INTERIM_2019" })
	void pdfGivesTheStatementsOfTheText(String name) throws ImportException {
		Report text = ImportedLetters.report(ImportedLetters.named(name));
		byte[] pdf = SamplePdf.render(text);
		Report read = new ReportImporter().read(pdf, "letter.pdf", ImportOptions.defaults()); //$NON-NLS-1$

		assertEquals(SourceKind.PDF, read.getSource().getKind());
		assertEquals(headings(text), headings(read));
		assertEquals(ImportedLetters.texts(text), ImportedLetters.texts(read));
		assertEquals(text.getFootnotes().stream().map(Footnote::getText).toList(), read.getFootnotes().stream().map(Footnote::getText).toList());
		ImportedLetters.assertSameMetadata(text, read);
		assertEquals(text.getMinister(), read.getMinister());
		assertTrue(read.getSource().getPageCount() > 1);
		assertEquals(read.getSource().getPageCount(), read.getSource().getDeclaredPageCount());
	}

	/**
	 * The headings of the sections, and null for an untitled opening. The sections that text after
	 * missing pages opens for a partner whose heading was lost are left out: the PDF is set from the
	 * report without the missing pages, so nothing in it is lost.
	 */
	private static List<String> headings(Report report) {
		return ImportedLetters.sections(report).stream()
				.filter(section -> section.getHeading() != null || section.getSubject() == null)
				.map(Section::getHeading)
				.toList();
	}
}
