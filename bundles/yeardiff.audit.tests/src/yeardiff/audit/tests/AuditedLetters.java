package yeardiff.audit.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import yeardiff.audit.CommitmentAudit;
import yeardiff.audit.CommitmentRecord;
import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;

/**
 * The five sample letters, imported and audited once per test run: importing and comparing are
 * deterministic, and every test reads the same audit.
 */
final class AuditedLetters {

	/** The audit is made as of 2022, the year the 2021 report was sent. */
	static final int CURRENT_YEAR = 2022;

	private static final Map<SampleLetter, Report> REPORTS = new ConcurrentHashMap<>();
	private static volatile List<CommitmentRecord> records;

	private AuditedLetters() {
	}

	/** The sample letter imported with the year it needs. */
	static Report report(SampleLetter letter) {
		return REPORTS.computeIfAbsent(letter, AuditedLetters::read);
	}

	static List<Report> reports() {
		List<Report> reports = new ArrayList<>();
		SampleLetter.all().forEach(letter -> reports.add(report(letter)));
		return reports;
	}

	/** The audit of all five letters, without verdicts. */
	static List<CommitmentRecord> records() {
		if (records == null) {
			records = new CommitmentAudit().audit(reports(), List.of(), CURRENT_YEAR);
		}
		return records;
	}

	static CommitmentRecord record(List<CommitmentRecord> records, String commitmentId) {
		return records.stream().filter(record -> record.id().equals(commitmentId)).findFirst()
				.orElseThrow(() -> new AssertionError("no commitment " + commitmentId)); //$NON-NLS-1$
	}

	static Report read(SampleLetter letter) {
		return read(letter.bytes(), letter.fileName(), ImportOptions.defaults().withYear(letter.year()));
	}

	static Report read(byte[] content, String fileName, ImportOptions options) {
		try {
			return new ReportImporter().read(content, fileName, options);
		} catch (ImportException e) {
			throw new AssertionError(fileName + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
