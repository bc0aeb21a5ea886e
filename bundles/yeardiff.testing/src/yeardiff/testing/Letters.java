package yeardiff.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;

/**
 * The sample letters read once per test run (as the text importer reads them). The reports are shared: tests read them and start
 * drafts from them, never change them.
 */
public final class Letters {

	private static Map<String, Report> reports;

	private Letters() {
	}

	/** The imported sample letter with this id ("2012", "2019-06-19", "2019", "2020", "2021"). */
	public static Report report(String id) {
		Report report = all().get(id);
		if (report == null) {
			throw new IllegalArgumentException("no sample report " + id);
		}
		return report;
	}

	/** All imported sample letters, oldest first. */
	public static List<Report> history() {
		return new ArrayList<>(all().values());
	}

	public static Report read(SampleLetter letter) {
		ImportOptions options = letter.year() == 0 ? ImportOptions.defaults() : ImportOptions.defaults().withYear(letter.year());
		try {
			return new ReportImporter().read(letter.bytes(), letter.fileName(), options);
		} catch (ImportException e) {
			throw new IllegalStateException(letter.fileName() + ": " + e.getMessage(), e);
		}
	}

	/** The one statement of the report with exactly this text. */
	public static Statement statement(Report report, String text) {
		List<Statement> found = new ArrayList<>();
		report.eAllContents().forEachRemaining(object -> {
			if (object instanceof Statement statement && text.equals(statement.getText())) {
				found.add(statement);
			}
		});
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " statements in " + report.getId() + " read: " + text);
		}
		return found.get(0);
	}

	private static synchronized Map<String, Report> all() {
		if (reports == null) {
			Map<String, Report> read = new LinkedHashMap<>();
			for (SampleLetter letter : SampleLetter.all()) {
				Report report = read(letter);
				read.put(report.getId(), report);
			}
			reports = read;
		}
		return reports;
	}
}
