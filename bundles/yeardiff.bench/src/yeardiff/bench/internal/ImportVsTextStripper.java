package yeardiff.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
 * PDF: the import reads the PDF with positions, sets its lines by the letter's measured typography
 * and then does everything else, so the figure shows how much that everything else costs. The 2020
 * report, the longest letter: as Yeardiff sets it ({@code import_vs_textstripper}), and as
 * LibreOffice set it in each house style of the import's test PDFs
 * ({@code import_vs_textstripper_<style>}, when the bench is given their folder).
 */
public final class ImportVsTextStripper implements Benchmark {

	/** The system property naming the folder of the house-style test PDFs (one folder per style). */
	public static final String HOUSE_STYLES = "yeardiff.bench.housestyles"; //$NON-NLS-1$

	private final String style;
	private final Path pdf;

	/** The 2020 report as {@link SamplePdf} sets it. */
	public ImportVsTextStripper() {
		this(null, null);
	}

	private ImportVsTextStripper(String style, Path pdf) {
		this.style = style;
		this.pdf = pdf;
	}

	/**
	 * The figures of the 2020 report in each house style found in the folder the system property
	 * {@value #HOUSE_STYLES} names; none when it is not set.
	 */
	public static List<ImportVsTextStripper> houseStyles() throws IOException {
		String folder = System.getProperty(HOUSE_STYLES);
		if (folder == null || !Files.isDirectory(Path.of(folder))) {
			return List.of();
		}
		List<ImportVsTextStripper> benchmarks = new ArrayList<>();
		try (Stream<Path> styles = Files.list(Path.of(folder))) {
			for (Path style : styles.sorted().toList()) {
				Path letter = style.resolve("2020.pdf"); //$NON-NLS-1$
				if (Files.isRegularFile(letter)) {
					benchmarks.add(new ImportVsTextStripper(style.getFileName().toString(), letter));
				}
			}
		}
		return benchmarks;
	}

	@Override
	public String name() {
		return style == null ? "import_vs_textstripper" : "import_vs_textstripper_" + style; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public double goal() {
		return 1.3;
	}

	@Override
	public Figure run(PairedTiming timing, Fixtures fixtures) throws Exception {
		byte[] pdf = this.pdf == null ? SamplePdf.render(fixtures.report(SampleLetter.REPORT_2020)) : Files.readAllBytes(this.pdf);
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
