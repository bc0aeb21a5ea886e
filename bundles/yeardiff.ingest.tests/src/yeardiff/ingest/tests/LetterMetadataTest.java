package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.api.Source;
import yeardiff.model.api.SourceKind;
import yeardiff.samples.SampleLetter;

/** What each sample letter says about itself, as read from its letterhead, signature and first sentences. */
class LetterMetadataTest {

	@Test
	void report2019() {
		Report report = ImportedLetters.report(SampleLetter.REPORT_2019);
		assertMetadata(report, "2019", 2019, ReportKind.YEARLY, "2019-12-12", "BS2019021031"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("Rapportage internationale militaire samenwerking 2019", report.getTitle()); //$NON-NLS-1$
		assertEquals("A.Th.B. Bijleveld-Schouten", report.getMinister()); //$NON-NLS-1$
		assertSource(report.getSource(), SampleLetter.REPORT_2019, List.of(1, 2, 3, 4, 5, 6, 7), 13);
	}

	/** A yearly report whose title does not start with "Rapportage" still names the year it covers. */
	@Test
	void yearlyReportUnderAnotherTitle() throws ImportException {
		String letter = new String(SampleLetter.REPORT_2021.bytes(), java.nio.charset.StandardCharsets.UTF_8);
		for (String title : List.of("Jaarrapportage internationale defensiesamenwerking 2021", "Voortgangsrapportage defensiesamenwerking 2021", //$NON-NLS-1$ //$NON-NLS-2$
				"Internationale defensiesamenwerking 2021")) { //$NON-NLS-1$
			String renamed = letter.replace("Rapportage internationale defensiesamenwerking 2021", title); //$NON-NLS-1$
			Report report = new ReportImporter().read(renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8), "brief.txt", ImportOptions.defaults()); //$NON-NLS-1$
			assertMetadata(report, "2021", 2021, ReportKind.YEARLY, "2022-01-25", "BS2021028694"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(title, report.getTitle());
		}
	}

	@Test
	void interim2019IsFiledUnderItsDate() {
		Report report = ImportedLetters.report(SampleLetter.INTERIM_2019);
		assertMetadata(report, "2019-06-19", 2019, ReportKind.INTERIM, "2019-06-19", "BS2019011367"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("Samenwerking met strategische partners", report.getTitle()); //$NON-NLS-1$
		assertNull(report.getMinister());
		assertSource(report.getSource(), SampleLetter.INTERIM_2019, List.of(1, 3), 4);
	}

	@Test
	void report2020PrintTakesItsYearFromItsOpening() {
		Report report = ImportedLetters.report(SampleLetter.REPORT_2020);
		assertMetadata(report, "2020", 2020, ReportKind.YEARLY, null, null); //$NON-NLS-1$
		assertEquals("Rapportage internationale militaire samenwerking 2020", report.getTitle()); //$NON-NLS-1$
		assertEquals("A.Th.B. Bijleveld-Schouten", report.getMinister()); //$NON-NLS-1$
		assertSource(report.getSource(), SampleLetter.REPORT_2020, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), 0);
	}

	@Test
	void report2021CoversTheYearBeforeItsDate() {
		Report report = ImportedLetters.report(SampleLetter.REPORT_2021);
		assertMetadata(report, "2021", 2021, ReportKind.YEARLY, "2022-01-25", "BS2021028694"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("Rapportage internationale defensiesamenwerking 2021", report.getTitle()); //$NON-NLS-1$
		assertSource(report.getSource(), SampleLetter.REPORT_2021, List.of(1, 2, 3, 4), 8);
	}

	@Test
	void nota2012WithTheYearItNeeds() {
		Report report = ImportedLetters.report(SampleLetter.NOTA_2012);
		assertMetadata(report, "2012", 2012, ReportKind.NOTA, null, null); //$NON-NLS-1$
		assertEquals("Nota internationale militaire samenwerking", report.getTitle()); //$NON-NLS-1$
		assertSource(report.getSource(), SampleLetter.NOTA_2012, List.of(1, 3, 5, 7, 9, 11, 13, 15), 0);
	}

	@Test
	void nota2012WithoutYearAsksForIt() {
		ImportException refused = assertThrows(ImportException.class, () -> new ReportImporter()
				.read(SampleLetter.NOTA_2012.bytes(), SampleLetter.NOTA_2012.fileName(), ImportOptions.defaults()));
		assertEquals(ImportException.Reason.YEAR_UNKNOWN, refused.reason());
		assertTrue(refused.getMessage().contains("--year"), refused.getMessage()); //$NON-NLS-1$
		assertTrue(refused.getMessage().startsWith(SampleLetter.NOTA_2012.fileName()), refused.getMessage());
	}

	@Test
	void optionsOverrideYearAndId() throws ImportException {
		Report report = new ReportImporter().read(SampleLetter.INTERIM_2019.bytes(), "brief.txt", //$NON-NLS-1$
				ImportOptions.defaults().withYear(2018).withId("tussentijds")); //$NON-NLS-1$
		assertEquals("tussentijds", report.getId()); //$NON-NLS-1$
		assertEquals(2018, report.getYear());
		assertEquals("tussentijds/belgie-luxemburg", report.getSections().get(1).getId()); //$NON-NLS-1$
		assertEquals("brief.txt", report.getSource().getFileName()); //$NON-NLS-1$
	}

	private static void assertMetadata(Report report, String id, int year, ReportKind kind, String date, String reference) {
		assertEquals(id, report.getId());
		assertEquals(year, report.getYear());
		assertEquals(kind, report.getKind());
		assertEquals(date, report.getDate());
		assertEquals(reference, report.getReference());
	}

	private static void assertSource(Source source, SampleLetter letter, List<Integer> pages, int declared) {
		assertEquals(letter.fileName(), source.getFileName());
		assertEquals(SourceKind.TEXT, source.getKind());
		assertEquals(pages, source.getPages());
		assertEquals(pages.size(), source.getPageCount());
		assertEquals(declared, source.getDeclaredPageCount());
		assertEquals(ReportImporter.VERSION, source.getImporterVersion());
		assertTrue(source.getSha256().matches("[0-9a-f]{64}"), source.getSha256()); //$NON-NLS-1$
	}
}
