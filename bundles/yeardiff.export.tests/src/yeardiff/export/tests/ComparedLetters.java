package yeardiff.export.tests;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;

/**
 * The 2019 and 2020 reports as the importer reads them, and their comparison: what a reviewer
 * exports most. Read once for all tests; the exports only read them.
 */
final class ComparedLetters {

	/** The 2019 report's statement on the Belgian defence budget, as the letter prints it. */
	static final String BUDGET_2019 = "De Belgische defensie-uitgaven bedragen in 2019 €4,9 miljard (0,95% van het Bruto Binnenlands Product (BBP))."; //$NON-NLS-1$
	/** The 2020 report's statement on the same budget. */
	static final String BUDGET_2020 = "In 2020 bedroeg het Belgisch defensiebudget ongeveer € 4,76 miljard."; //$NON-NLS-1$

	static final Report REPORT_2019 = read(SampleLetter.REPORT_2019);
	static final Report REPORT_2020 = read(SampleLetter.REPORT_2020);
	static final ReportComparison COMPARISON = new ReportComparator().compare(REPORT_2019, REPORT_2020);

	private ComparedLetters() {
	}

	private static Report read(SampleLetter letter) {
		try {
			return new ReportImporter().read(letter.bytes(), letter.fileName(), ImportOptions.defaults());
		} catch (ImportException e) {
			throw new IllegalStateException(e);
		}
	}
}
