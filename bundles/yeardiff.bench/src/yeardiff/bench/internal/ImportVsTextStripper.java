package yeardiff.bench.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.resource.ReportResource;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;

/**
 * Importing a PDF letter into its model and XMI, against PDFBox's own text extraction of the same
 * PDF: the import reads the PDF with positions and then does everything else, so the figure shows
 * how much that everything else costs. The 2020 report, the longest letter, set as a PDF.
 */
public final class ImportVsTextStripper implements Benchmark {

	@Override
	public String name() {
		return "import_vs_textstripper"; //$NON-NLS-1$
	}

	@Override
	public double goal() {
		return 1.3;
	}

	@Override
	public Figure run(PairedTiming timing, Fixtures fixtures) throws Exception {
		byte[] pdf = SamplePdf.render(fixtures.report(SampleLetter.REPORT_2020));
		ImportOptions options = Fixtures.options(SampleLetter.REPORT_2020);
		PairedTiming.Medians medians = timing.time(
				() -> ReportResource.toBytes(new ReportImporter().read(pdf, "letter.pdf", options)).length, //$NON-NLS-1$
				() -> {
					try (PDDocument document = Loader.loadPDF(pdf)) {
						return new PDFTextStripper().getText(document).length();
					}
				});
		return Figures.timed(this, medians);
	}
}
