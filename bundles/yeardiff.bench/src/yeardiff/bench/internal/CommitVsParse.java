package yeardiff.bench.internal;

import java.nio.charset.StandardCharsets;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;
import yeardiff.store.ReportRepository;

/**
 * Committing an imported letter into a copy of the synthetic 30-report repository, against parsing
 * the letter. The commit alternates between two versions of the 2020 report (the real one and one
 * with a restated amount), so that every timed commit replaces the report and writes objects, as a
 * re-import of a corrected letter does; committing what the repository holds already would make no
 * commit.
 *
 * <p>Two figures share it: {@code commit_vs_parse} parses the letter's text extraction, the
 * baseline the figure was first defined with and its goal set for; {@code commit_vs_pdf_parse}
 * parses the letter as Parliament publishes it, a PDF (the pipeline {@code import_vs_textstripper}
 * times), about three times costlier and shown for information.</p>
 */
public final class CommitVsParse implements Benchmark {

	/** The form of the letter the baseline parses. */
	public enum Letter {
		TEXT("commit_vs_parse"), //$NON-NLS-1$
		PDF("commit_vs_pdf_parse"); //$NON-NLS-1$

		private final String figure;

		Letter(String figure) {
			this.figure = figure;
		}
	}

	/** A figure of the 2020 letter that the second version restates. */
	private static final String RESTATED_FROM = "5,8 miljard"; //$NON-NLS-1$
	private static final String RESTATED_TO = "5,9 miljard"; //$NON-NLS-1$

	private final Letter baseline;

	public CommitVsParse(Letter baseline) {
		this.baseline = baseline;
	}

	@Override
	public String name() {
		return baseline.figure;
	}

	@Override
	public double goal() {
		return 0.2;
	}

	@Override
	public Figure run(PairedTiming timing, Fixtures fixtures) throws Exception {
		SampleLetter letter = SampleLetter.REPORT_2020;
		ImportOptions options = Fixtures.options(letter);
		byte[] text = letter.bytes();
		String original = new String(text, StandardCharsets.UTF_8);
		if (!original.contains(RESTATED_FROM)) {
			throw new IllegalStateException(letter.fileName() + " no longer says " + RESTATED_FROM); //$NON-NLS-1$
		}
		byte[] restatedText = original.replace(RESTATED_FROM, RESTATED_TO).getBytes(StandardCharsets.UTF_8);
		Report[] versions = { fixtures.report(letter), new ReportImporter().read(restatedText, letter.fileName(), options) };
		byte[][] sources = { text, restatedText };
		byte[] parsed = baseline == Letter.PDF ? SamplePdf.render(versions[0]) : text;
		String parsedName = baseline == Letter.PDF ? "letter.pdf" : letter.fileName(); //$NON-NLS-1$
		String corpus = fixtures.corpus().toUri().toString();
		try (ReportRepository repository = ReportRepository.cloneFrom(corpus, fixtures.newFolder("commit"))) { //$NON-NLS-1$
			int[] next = { 0 };
			PairedTiming.Medians medians = timing.time(() -> {
				int version = next[0]++ % 2;
				if (!repository.importReport(versions[version], sources[version], "txt", true).changed()) { //$NON-NLS-1$
					throw new IllegalStateException("a timed import made no commit"); //$NON-NLS-1$
				}
				return 1;
			}, () -> new ReportImporter().read(parsed, parsedName, options).getSections().size());
			return Figures.timed(this, medians);
		}
	}
}
