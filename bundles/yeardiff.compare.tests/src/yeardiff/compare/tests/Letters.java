package yeardiff.compare.tests;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;

/** The five real letters, read once per test run. */
final class Letters {

	private static final Map<SampleLetter, Report> READ = new HashMap<>();

	private Letters() {
	}

	static synchronized Report read(SampleLetter letter) {
		return READ.computeIfAbsent(letter, Letters::importLetter);
	}

	/** A letter written for a test, as the text import reads it for {@code year}. */
	static Report text(String text, int year) {
		try {
			return new ReportImporter().read(text.getBytes(StandardCharsets.UTF_8), "brief-" + year + ".txt", //$NON-NLS-1$ //$NON-NLS-2$
					ImportOptions.defaults().withYear(year));
		} catch (ImportException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Report importLetter(SampleLetter letter) {
		ImportOptions options = letter.year() == 0 ? ImportOptions.defaults() : ImportOptions.defaults().withYear(letter.year());
		try {
			return new ReportImporter().read(letter.bytes(), letter.fileName(), options);
		} catch (ImportException e) {
			throw new IllegalStateException(e);
		}
	}
}
