package yeardiff.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.library.LetterFile;
import yeardiff.library.LetterImport;
import yeardiff.library.LibraryException;
import yeardiff.library.ReportLibrary;
import yeardiff.library.StatementHistory;
import yeardiff.library.StatementVersion;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportEntry;

/** The sample repository and statement histories, on the real letters. */
class ReportLibraryTest {

	@TempDir
	static Path temp;
	private static Path sample;

	/** The sample letters, as the command line and the workbench pass them in. */
	private static final List<LetterFile> SAMPLES = SampleLetter.all().stream()
			.map(letter -> new LetterFile(letter.fileName(), letter.bytes(), letter.year())).toList();

	@BeforeAll
	static void createSample() throws Exception {
		sample = temp.resolve("sample"); //$NON-NLS-1$
		try (ReportLibrary library = ReportLibrary.openOrInit(sample)) {
			List<LetterImport> imports = library.importSamples(SAMPLES);
			assertEquals(List.of("2012", "2019-06-19", "2019", "2020", "2021"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					imports.stream().map(LetterImport::reportId).toList());
			assertTrue(imports.stream().allMatch(i -> i.outcome() == LetterImport.Outcome.ADDED));
		}
	}

	@Test
	void importingTheSamplesAgainChangesNothing() throws Exception {
		try (ReportLibrary library = ReportLibrary.open(sample)) {
			String head = library.repository().head();
			List<LetterImport> again = library.importSamples(SAMPLES);
			assertTrue(again.stream().allMatch(i -> i.outcome() == LetterImport.Outcome.UNCHANGED));
			assertEquals(head, library.repository().head());
			assertEquals(List.of("2012", "2019-06-19", "2019", "2020", "2021"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					library.repository().list().stream().map(ReportEntry::id).toList());
		}
	}

	@Test
	void skjoldTrainingHistoryRunsFromTheJuneLetterTo2020() throws Exception {
		try (ReportLibrary library = ReportLibrary.open(sample)) {
			String id = statementContaining(library.repository().load("2020"), "vanaf de locatie Skjold wordt getraind"); //$NON-NLS-1$ //$NON-NLS-2$
			StatementHistory history = library.history(id);
			List<StatementVersion> versions = history.versions();
			// The June 2019 letter announced it, the December report and the 2020 report restate it.
			assertEquals(List.of("2019-06-19", "2019", "2020"), versions.stream().map(StatementVersion::report).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals("new", versions.get(0).status()); //$NON-NLS-1$
			assertEquals("De jaarlijkse Nederlandse wintertraining in Noorwegen, ofwel Joint Arctic Training, vond dit jaar plaats van januari tot maart.", versions.get(0).text()); //$NON-NLS-1$
			assertTrue(versions.get(1).text().contains("vanaf januari 2020 wordt vanaf de locatie Skjold getraind"), versions.get(1).text()); //$NON-NLS-1$
			// December 2019 plans it "vanaf januari 2020", 2020 reports it "sinds januari 2020": a changed claim.
			assertEquals("changed", versions.get(2).status()); //$NON-NLS-1$
			assertEquals(id, versions.get(2).statementId());
			String commit2020 = library.repository().list().stream().filter(e -> e.id().equals("2020")).findFirst().orElseThrow().commit(); //$NON-NLS-1$
			assertEquals(commit2020, versions.get(2).commit());

			// Asked from its first version, the history is the same.
			assertEquals(versions, library.history(versions.get(0).statementId()).versions());
		}
	}

	@Test
	void historyOfAnUnchangedStatementListsItUnchanged() throws Exception {
		try (ReportLibrary library = ReportLibrary.open(sample)) {
			String id = statementContaining(library.repository().load("2020"), //$NON-NLS-1$
					"De Strategic Defence and Security Review 2015 (SDSR15) is nog altijd de leidraad"); //$NON-NLS-1$
			List<StatementVersion> versions = library.history(id).versions();
			assertEquals("2019", versions.get(0).report()); //$NON-NLS-1$
			StatementVersion in2020 = versions.stream().filter(v -> v.report().equals("2020")).findFirst().orElseThrow(); //$NON-NLS-1$
			assertEquals("unchanged", in2020.status()); //$NON-NLS-1$
			assertEquals(versions.get(0).text(), in2020.text());
		}
	}

	@Test
	void unknownStatementSaysWhatIdsLookLike() throws Exception {
		try (ReportLibrary library = ReportLibrary.open(sample)) {
			LibraryException unknown = assertThrows(LibraryException.class, () -> library.history("2019/nergens/00000000")); //$NON-NLS-1$
			assertTrue(unknown.getMessage().contains("2019/duitsland/1a2b3c4d"), unknown.getMessage()); //$NON-NLS-1$
		}
	}

	@Test
	void aBadFileAmongGoodOnesImportsNothing(@TempDir Path work) throws Exception {
		Path repository = work.resolve("repo"); //$NON-NLS-1$
		Path good = work.resolve("letter.txt"); //$NON-NLS-1$
		Files.write(good, yeardiff.samples.SampleLetter.REPORT_2020.bytes());
		Path empty = Files.createFile(work.resolve("empty.txt")); //$NON-NLS-1$
		try (ReportLibrary library = ReportLibrary.init(repository)) {
			String head = library.repository().head();
			ImportException refused = assertThrows(ImportException.class,
					() -> library.importFiles(List.of(good, empty), ImportOptions.defaults(), false));
			assertEquals(ImportException.Reason.EMPTY, refused.reason());
			assertEquals(head, library.repository().head());
			assertTrue(library.repository().list().isEmpty());
		}
	}

	private static String statementContaining(Report report, String words) {
		for (var contents = report.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Statement statement && statement.getText().contains(words)) {
				return statement.getId();
			}
		}
		throw new AssertionError("no statement with: " + words); //$NON-NLS-1$
	}
}
