package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.model.resource.ReportResource;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;

/** The same bytes imported twice give the same XMI bytes: ids come from content and position only. */
class DeterminismTest {

	static List<SampleLetter> letters() {
		return SampleLetter.all();
	}

	@ParameterizedTest
	@MethodSource("letters")
	void twoImportsGiveIdenticalXmi(SampleLetter letter) throws IOException {
		byte[] first = ReportResource.toBytes(ImportedLetters.read(letter));
		byte[] second = ReportResource.toBytes(ImportedLetters.read(letter));
		assertArrayEquals(first, second);
		Report loaded = ReportResource.fromBytes(first, Report.class);
		assertEquals(ImportedLetters.texts(ImportedLetters.report(letter)), ImportedLetters.texts(loaded));
	}

	@Test
	void twoPdfImportsGiveIdenticalXmi() throws IOException, ImportException {
		byte[] pdf = SamplePdf.render(ImportedLetters.report(SampleLetter.REPORT_2019));
		ReportImporter importer = new ReportImporter();
		byte[] first = ReportResource.toBytes(importer.read(pdf, "brief.pdf", ImportOptions.defaults())); //$NON-NLS-1$
		byte[] second = ReportResource.toBytes(importer.read(pdf, "brief.pdf", ImportOptions.defaults())); //$NON-NLS-1$
		assertArrayEquals(first, second);
	}
}
