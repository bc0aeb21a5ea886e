package yeardiff.ingest.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.resource.ReportResource;
import yeardiff.samples.SampleLetter;

/**
 * Measures what importing a letter costs against what PDFBox's own text extraction of the same PDF
 * costs: the {@code import_vs_textstripper} figure of {@code releng/bin/bench} (goal: at most 1.3).
 * Both sides start from the PDF's bytes: the import reads them into a report and writes its XMI,
 * the baseline loads them and runs {@link PDFTextStripper#getText}. The PDFs are those
 * {@link LetterPdf} sets from the sample letters; the longest, the 2020 report, gives the figure.
 *
 * <p>After a warm-up that lets the JIT compile both sides, the runs of the measures alternate, so
 * that a machine busy with other work slows all of them alike, and each measure is the median of
 * its runs. The last line of the output is the figure; the lines before it give each letter's
 * times in milliseconds: the import of its text extraction, of its PDF, and PDFBox alone.</p>
 */
public final class ImportBenchmark {

	private static final int WARM_UP = 20;
	private static final int RUNS = 20;
	private static final double NANOS_PER_MILLI = 1e6;

	private ImportBenchmark() {
	}

	/**
	 * Prints each letter's times and the figure.
	 *
	 * @param args {@code --warm-up N} and {@code --runs N} override the default 20 each
	 */
	public static void main(String[] args) throws ImportException, IOException {
		// the fixtures use the standard 14 fonts without embedding them: PDFBox warns about the
		// substitute on every load, and printing the warnings would be timed with both sides
		System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error"); //$NON-NLS-1$ //$NON-NLS-2$
		int warmUp = option(args, "--warm-up", WARM_UP); //$NON-NLS-1$
		int runs = option(args, "--runs", RUNS); //$NON-NLS-1$
		double ratio = Double.NaN;
		for (SampleLetter letter : List.of(SampleLetter.INTERIM_2019, SampleLetter.REPORT_2019, SampleLetter.REPORT_2021, SampleLetter.REPORT_2020)) {
			byte[] text = letter.bytes();
			byte[] pdf = LetterPdf.of(ImportedLetters.read(letter));
			ImportOptions options = ImportOptions.defaults().withYear(letter.year());
			List<Measure> measures = List.of(() -> importToXmi(text, letter.fileName(), options), () -> importToXmi(pdf, "letter.pdf", options), //$NON-NLS-1$
					() -> stripText(pdf));
			for (int i = 0; i < warmUp; i++) {
				for (Measure measure : measures) {
					measure.run();
				}
			}
			double[] millis = medians(measures, runs);
			System.out.println(String.format(Locale.ROOT, "%s text_ms %.2f pdf_ms %.2f textstripper_ms %.2f", letter.fileName(), //$NON-NLS-1$
					Double.valueOf(millis[0]), Double.valueOf(millis[1]), Double.valueOf(millis[2])));
			ratio = millis[1] / millis[2];
		}
		System.out.println(String.format(Locale.ROOT, "import_vs_textstripper %.3f", Double.valueOf(ratio))); //$NON-NLS-1$
	}

	/** One timed operation; it returns a size of its result, so that the JIT cannot drop the work. */
	@FunctionalInterface
	private interface Measure {
		int run() throws ImportException, IOException;
	}

	private static int importToXmi(byte[] content, String fileName, ImportOptions options) throws ImportException, IOException {
		return ReportResource.toBytes(new ReportImporter().read(content, fileName, options)).length;
	}

	private static int stripText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).length();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each measure's median time in milliseconds, its runs alternating with those of the others. */
	private static double[] medians(List<Measure> measures, int runs) throws ImportException, IOException {
		double[][] millis = new double[measures.size()][runs];
		long sizes = 0;
		for (int run = 0; run < runs; run++) {
			for (int m = 0; m < measures.size(); m++) {
				long start = System.nanoTime();
				sizes += measures.get(m).run();
				millis[m][run] = (System.nanoTime() - start) / NANOS_PER_MILLI;
			}
		}
		if (sizes == 0) {
			throw new IllegalStateException("the measured runs produced nothing"); //$NON-NLS-1$
		}
		double[] medians = new double[measures.size()];
		for (int m = 0; m < measures.size(); m++) {
			Arrays.sort(millis[m]);
			medians[m] = millis[m][runs / 2];
		}
		return medians;
	}

	private static int option(String[] args, String name, int fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return Integer.parseInt(args[i + 1]);
			}
		}
		return fallback;
	}
}
