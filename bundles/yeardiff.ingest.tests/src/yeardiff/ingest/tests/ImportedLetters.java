package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.util.ReadingOrder;
import yeardiff.samples.SampleLetter;

/**
 * The sample letters imported once per test run: every test class reads the same reports, and
 * importing is deterministic, so there is no point in importing a letter for every assertion.
 */
final class ImportedLetters {

	private static final Map<SampleLetter, Report> REPORTS = new ConcurrentHashMap<>();

	private ImportedLetters() {
	}

	/** The sample letter a test names by its constant ("REPORT_2019"). */
	static SampleLetter named(String name) {
		return switch (name) {
			case "NOTA_2012" -> SampleLetter.NOTA_2012; //$NON-NLS-1$
			case "INTERIM_2019" -> SampleLetter.INTERIM_2019; //$NON-NLS-1$
			case "REPORT_2019" -> SampleLetter.REPORT_2019; //$NON-NLS-1$
			case "REPORT_2020" -> SampleLetter.REPORT_2020; //$NON-NLS-1$
			case "REPORT_2021" -> SampleLetter.REPORT_2021; //$NON-NLS-1$
			default -> throw new IllegalArgumentException(name);
		};
	}

	/** The report of a sample letter, imported with the year it needs. */
	static Report report(SampleLetter letter) {
		return REPORTS.computeIfAbsent(letter, ImportedLetters::read);
	}

	static Report read(SampleLetter letter) {
		try {
			return new ReportImporter().read(letter.bytes(), letter.fileName(), ImportOptions.defaults().withYear(letter.year()));
		} catch (ImportException e) {
			throw new AssertionError(letter.fileName() + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** Every section of the report, depth first. */
	static List<Section> sections(Report report) {
		List<Section> sections = new ArrayList<>();
		report.getSections().forEach(section -> collect(section, sections));
		return sections;
	}

	private static void collect(Section section, List<Section> sections) {
		sections.add(section);
		section.getSubsections().forEach(subsection -> collect(subsection, sections));
	}

	/** Every statement of the report, in reading order. */
	static List<Statement> statements(Report report) {
		return ReadingOrder.statements(report);
	}

	/** The texts of every statement of the report, in reading order. */
	static List<String> texts(Report report) {
		return statements(report).stream().map(Statement::getText).toList();
	}

	/**
	 * Asserts that {@code actual}, the same letter read in another form (a PDF, another text
	 * extraction), has the letterhead of {@code expected}: id, year, kind, title, date and reference.
	 * The text import it is compared with is itself checked against the letters' own values
	 * ({@code LetterMetadataTest}).
	 */
	static void assertSameMetadata(Report expected, Report actual) {
		assertEquals(expected.getId(), actual.getId());
		assertEquals(expected.getYear(), actual.getYear());
		assertEquals(expected.getKind(), actual.getKind());
		assertEquals(expected.getTitle(), actual.getTitle());
		assertEquals(expected.getDate(), actual.getDate());
		assertEquals(expected.getReference(), actual.getReference());
	}
}
