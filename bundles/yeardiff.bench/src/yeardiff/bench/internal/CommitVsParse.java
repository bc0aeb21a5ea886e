package yeardiff.bench.internal;

import java.nio.charset.StandardCharsets;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportRepository;

/**
 * Committing an imported letter into a repository, against parsing it from its text. The commit
 * alternates between two versions of the 2020 report (the real one and one with a restated
 * amount), so that every timed commit replaces the report and writes objects, as a re-import of a
 * corrected letter does; committing what the repository holds already would make no commit.
 */
public final class CommitVsParse implements Benchmark {

	/** A figure of the 2020 letter that the second version restates. */
	private static final String RESTATED_FROM = "5,8 miljard"; //$NON-NLS-1$
	private static final String RESTATED_TO = "5,9 miljard"; //$NON-NLS-1$

	@Override
	public String name() {
		return "commit_vs_parse"; //$NON-NLS-1$
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
		ReportImporter importer = new ReportImporter();
		Report[] versions = { fixtures.report(letter), importer.read(restatedText, letter.fileName(), options) };
		byte[][] sources = { text, restatedText };
		try (ReportRepository repository = ReportRepository.init(fixtures.newFolder("commit"))) { //$NON-NLS-1$
			int[] next = { 0 };
			PairedTiming.Medians medians = timing.time(() -> {
				int version = next[0]++ % 2;
				if (!repository.importReport(versions[version], sources[version], "txt", true).changed()) { //$NON-NLS-1$
					throw new IllegalStateException("a timed import made no commit"); //$NON-NLS-1$
				}
				return 1;
			}, () -> new ReportImporter().read(text, letter.fileName(), options).getSections().size());
			return Figures.timed(this, medians);
		}
	}
}
