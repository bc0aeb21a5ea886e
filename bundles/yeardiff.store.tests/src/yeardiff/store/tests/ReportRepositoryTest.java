package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ImportOutcome;
import yeardiff.store.LogEntry;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportExistsException;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

class ReportRepositoryTest {

	private static final String TITLE_2019 = "Rapportage internationale militaire samenwerking 2019";
	private static final String TITLE_2020 = "Rapportage internationale militaire samenwerking 2020";
	private static final String BUDGET_2019 = "Duitsland verhoogt zijn defensiebudget in 2019 naar ongeveer 43,2 miljard euro.";
	private static final String BUDGET_2019_REVISED = "Duitsland verhoogt zijn defensiebudget in 2019 naar 43,2 miljard euro (1,36% bbp).";

	@TempDir
	Path temp;

	private Path dir;
	private GitCli git;

	@BeforeEach
	void setUp() {
		dir = temp.resolve("repository");
		git = new GitCli(temp.resolve("home"));
	}

	@Test
	void initCreatesAGitRepositoryWithOneCommit() throws Exception {
		try (ReportRepository repository = ReportRepository.init(dir)) {
			assertEquals(dir, repository.directory());
			assertEquals("Create Yeardiff repository\n", git.run(dir, "log", "--format=%s"));
			assertEquals("refs/heads/main\n", git.run(dir, "symbolic-ref", "HEAD"));
			assertEquals(".gitattributes\nREADME.md\n", git.run(dir, "ls-files"));
			assertTrue(Files.readString(dir.resolve(".gitattributes")).startsWith("# Yeardiff repository"));
			assertTrue(Files.readString(dir.resolve("README.md")).startsWith("# Yeardiff repository\n"));
			assertEquals(git.run(dir, "rev-parse", "HEAD").trim(), repository.head());
			assertEquals(List.of(), repository.list());
			git.assertStatusClean(dir);
			git.assertFsckClean(dir);
		}
	}

	@Test
	void importMakesOneTaggedCommitWithTrailers() throws Exception {
		byte[] letter = SampleLetter.REPORT_2019.bytes();
		Report report = TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019);
		try (ReportRepository repository = ReportRepository.init(dir)) {
			ImportOutcome outcome = repository.importReport(report, letter, "txt", false);

			String head = git.run(dir, "rev-parse", "HEAD").trim();
			assertEquals(new ImportOutcome("2019", head, true, false), outcome);
			assertEquals("Import report 2019: " + TITLE_2019 + "\n"
					+ TestReports.sha256(letter) + "\n"
					+ "1.0.0.test\n"
					+ "2019\n\n",
					git.run(dir, "log", "-1", "--format=%s%n%(trailers:key=Source-SHA256,valueonly)"
							+ "%(trailers:key=Importer-Version,valueonly)%(trailers:key=Report-Id,valueonly)"));
			assertEquals("report/2019\n", git.run(dir, "tag"));
			assertEquals(head + "\n", git.run(dir, "rev-parse", "report/2019^{commit}"));
			assertEquals("2\n", git.run(dir, "rev-list", "--count", "HEAD"));
			assertEquals("reports/2019/report.xmi\nreports/2019/source.txt\nreports/2019/summary.properties\n",
					git.run(dir, "show", "--format=", "--name-only", "HEAD"));
			assertArrayEquals(letter, Files.readAllBytes(dir.resolve("reports/2019/source.txt")));
			assertArrayEquals(TestReports.xmi(report), Files.readAllBytes(dir.resolve("reports/2019/report.xmi")));
			assertArrayEquals(letter, repository.readFile("reports/2019/source.txt"));
			git.assertStatusClean(dir);
			git.assertFsckClean(dir);
		}
	}

	@Test
	void importingTheSameContentAgainMakesNoCommit() throws Exception {
		byte[] letter = SampleLetter.REPORT_2019.bytes();
		try (ReportRepository repository = ReportRepository.init(dir)) {
			String imported = repository.importReport(TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019),
					letter, "txt", false).commitId();
			repository.commit("Record verdicts", Map.of("audit/verdicts.xmi", "<verdicts/>".getBytes(StandardCharsets.UTF_8)),
					Set.of(), null);
			String head = repository.head();

			ImportOutcome again = repository.importReport(TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019),
					letter, "txt", false);

			assertEquals(ImportOutcome.unchanged("2019", imported), again);
			assertEquals(head, repository.head());
			assertEquals("3\n", git.run(dir, "rev-list", "--count", "HEAD"));
		}
	}

	@Test
	void otherContentUnderTheSameIdNeedsReplace() throws Exception {
		byte[] letter = SampleLetter.REPORT_2019.bytes();
		Report first = TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019);
		try (ReportRepository repository = ReportRepository.init(dir)) {
			String imported = repository.importReport(first, letter, "txt", false).commitId();

			ReportExistsException refused = assertThrows(ReportExistsException.class, () -> repository.importReport(
					TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019_REVISED), letter, "txt", false));
			assertEquals("report 2019 is already in the repository with other content: use --replace to replace it",
					refused.getMessage());
			assertEquals("2019", refused.reportId());
			assertEquals(imported, repository.head());
			assertArrayEquals(TestReports.xmi(first), Files.readAllBytes(dir.resolve("reports/2019/report.xmi")));
			StoreException otherSource = assertThrows(StoreException.class,
					() -> repository.importReport(first, SampleLetter.INTERIM_2019.bytes(), "txt", false));
			assertEquals(refused.getMessage(), otherSource.getMessage());
			assertEquals(imported, repository.head());
		}
	}

	@Test
	void replaceCommitsTheNewVersionAndMovesTheTag() throws Exception {
		byte[] letter = SampleLetter.REPORT_2019.bytes();
		byte[] pdf = "%PDF-1.7 stand-in for the published PDF".getBytes(StandardCharsets.US_ASCII);
		Report revised = TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019_REVISED);
		try (ReportRepository repository = ReportRepository.init(dir)) {
			String first = repository.importReport(TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019), letter,
					"txt", false).commitId();

			ImportOutcome replaced = repository.importReport(revised, pdf, "pdf", true);

			assertTrue(replaced.changed());
			assertTrue(replaced.replaced());
			assertEquals(git.run(dir, "rev-parse", "HEAD").trim(), replaced.commitId());
			assertEquals(first, git.run(dir, "rev-parse", "HEAD~1").trim());
			assertEquals(replaced.commitId() + "\n", git.run(dir, "rev-parse", "report/2019^{commit}"));
			assertEquals("Replace report 2019: " + TITLE_2019 + "\n" + TestReports.sha256(pdf) + "\n\n",
					git.run(dir, "log", "-1", "--format=%s%n%(trailers:key=Source-SHA256,valueonly)"));
			assertFalse(Files.exists(dir.resolve("reports/2019/source.txt")));
			assertArrayEquals(pdf, Files.readAllBytes(dir.resolve("reports/2019/source.pdf")));
			assertEquals(BUDGET_2019_REVISED, TestReports.firstStatement(repository.load("2019")));
			assertEquals(BUDGET_2019, TestReports.firstStatement(repository.loadAt("2019", first)));
			assertEquals(BUDGET_2019, TestReports.firstStatement(repository.loadAt("2019", first.substring(0, 10))));
			assertEquals(List.of("replace", "import", "init"),
					repository.log(10).stream().map(LogEntry::kind).toList());
			git.assertStatusClean(dir);
			git.assertFsckClean(dir);
		}
	}

	@Test
	void listsReportsByYearThenIdWithTheCommitThatLastTouchedEach() throws Exception {
		try (ReportRepository repository = ReportRepository.init(dir)) {
			String commit2020 = repository.importReport(TestReports.yearly("2020", 2020, TITLE_2020,
					"Het kabinet stelt in 2020 extra middelen beschikbaar.", "Nederland levert een fregat."),
					SampleLetter.REPORT_2020.bytes(), "txt", false).commitId();
			String commit2019 = repository.importReport(TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019),
					SampleLetter.REPORT_2019.bytes(), "txt", false).commitId();
			String commitInterim = repository.importReport(TestReports.report("2019-06-19", 2019, ReportKind.INTERIM,
					"Samenwerking met strategische partners", "De Kamer wordt in december geïnformeerd."),
					SampleLetter.INTERIM_2019.bytes(), "txt", false).commitId();
			String commitNota = repository.importReport(TestReports.report("2012", 2012, ReportKind.NOTA,
					"Nota internationale militaire samenwerking", "Samenwerking is geen doel op zich.",
					"Zij is een middel.", "Nederland kiest zijn partners."),
					SampleLetter.NOTA_2012.bytes(), "txt", false).commitId();
			repository.commit("Record verdicts", Map.of("audit/verdicts.xmi", "<verdicts/>".getBytes(StandardCharsets.UTF_8)),
					Set.of(), null);

			assertEquals(List.of(
					new ReportEntry("2012", 2012, "nota", "Nota internationale militaire samenwerking", null, null, 3, commitNota),
					new ReportEntry("2019", 2019, "yearly", TITLE_2019, null, null, 1, commit2019),
					new ReportEntry("2019-06-19", 2019, "interim", "Samenwerking met strategische partners", null, null, 1,
							commitInterim),
					new ReportEntry("2020", 2020, "yearly", TITLE_2020, null, null, 2, commit2020)),
					repository.list());
			assertEquals(List.of("2012", "2019", "2019-06-19", "2020"),
					repository.loadAll().stream().map(Report::getId).toList());
			assertEquals("De Kamer wordt in december geïnformeerd.",
					TestReports.firstStatement(repository.loadAll().get(2)));
		}
	}

	@Test
	void listingStaysRightWhenAModelIsCommittedWithoutItsSummary() throws Exception {
		Report report = TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019);
		report.setDate("2019-12-12");
		report.setReference("BS2019021031");
		try (ReportRepository repository = ReportRepository.init(dir)) {
			repository.importReport(report, SampleLetter.REPORT_2019.bytes(), "txt", false);
			Report edited = TestReports.yearly("2019", 2019, "Rapportage 2019, herzien", BUDGET_2019, BUDGET_2019_REVISED);
			String commit = repository.commit("Edit the 2019 model by hand",
					Map.of("reports/2019/report.xmi", TestReports.xmi(edited)), Set.of(), "Git User <git@example.org>");

			assertEquals(List.of(new ReportEntry("2019", 2019, "yearly", "Rapportage 2019, herzien", null, null, 2, commit)),
					repository.list());
		}
	}

	@Test
	void listingReadsDateAndReferenceFromTheSummary() throws Exception {
		Report report = TestReports.yearly("2019", 2019, TITLE_2019, BUDGET_2019);
		report.setDate("2019-12-12");
		report.setReference("BS2019021031");
		try (ReportRepository repository = ReportRepository.init(dir)) {
			String commit = repository.importReport(report, SampleLetter.REPORT_2019.bytes(), "txt", false).commitId();

			assertEquals("id = 2019\nyear = 2019\nkind = yearly\ntitle = " + TITLE_2019
					+ "\ndate = 2019-12-12\nreference = BS2019021031\nstatements = 1\nmodel = "
					+ git.run(dir, "rev-parse", "HEAD:reports/2019/report.xmi"),
					Files.readString(dir.resolve("reports/2019/summary.properties")));
			assertEquals(List.of(new ReportEntry("2019", 2019, "yearly", TITLE_2019, "2019-12-12", "BS2019021031", 1, commit)),
					repository.list());
		}
	}

	@Test
	void commitWritesAndDeletesFilesInOneCommit() throws Exception {
		byte[] verdicts = "<audit:AuditLog/>\n".getBytes(StandardCharsets.UTF_8);
		byte[] draft = "<report:Report id=\"2022\"/>\n".getBytes(StandardCharsets.UTF_8);
		byte[] withdrawn = "Verdicts withdrawn after review.\n".getBytes(StandardCharsets.UTF_8);
		try (ReportRepository repository = ReportRepository.init(dir)) {
			String verdictCommit = repository.commit("Record verdict on c-2019-7", Map.of("audit/verdicts.xmi", verdicts),
					Set.of(), "Anna Auditor <anna@example.org>");
			repository.commit("Draft 2022", Map.of("drafts/2022/report.xmi", draft), Set.of(), "Dirk Drafter");
			String withdrawCommit = repository.commit("Withdraw verdicts", Map.of("audit/withdrawn.txt", withdrawn),
					Set.of("audit/verdicts.xmi"), null);

			assertEquals("Withdraw verdicts\nDirk Drafter|Draft 2022\nAnna Auditor|Record verdict on c-2019-7\n",
					git.run(dir, "log", "-3", "--format=%an|%s").replaceFirst("^[^|]*\\|", ""));
			assertEquals("anna@example.org\n", git.run(dir, "log", "-1", "--format=%ae", verdictCommit));
			assertEquals("<audit:AuditLog/>\n", git.run(dir, "show", verdictCommit + ":audit/verdicts.xmi"));
			assertEquals("D\taudit/verdicts.xmi\nA\taudit/withdrawn.txt\n",
					git.run(dir, "show", "--format=", "--name-status", withdrawCommit));
			assertEquals(".gitattributes\nREADME.md\naudit/withdrawn.txt\ndrafts/2022/report.xmi\n",
					git.run(dir, "ls-files"));
			assertArrayEquals(draft, repository.readFile("drafts/2022/report.xmi"));
			assertArrayEquals(draft, Files.readAllBytes(dir.resolve("drafts/2022/report.xmi")));
			assertArrayEquals(withdrawn, Files.readAllBytes(dir.resolve("audit/withdrawn.txt")));
			assertNull(repository.readFile("audit/verdicts.xmi"));
			assertFalse(Files.exists(dir.resolve("audit/verdicts.xmi")));
			assertEquals(withdrawCommit, repository.head());
			List<LogEntry> log = repository.log(10);
			assertEquals(List.of("verdict", "draft", "verdict", "init"), log.stream().map(LogEntry::kind).toList());
			assertEquals(List.of("Withdraw verdicts", "Draft 2022", "Record verdict on c-2019-7",
					"Create Yeardiff repository"), log.stream().map(LogEntry::message).toList());
			assertEquals(withdrawCommit.substring(0, 7), log.get(0).shortCommit());
			assertEquals("Anna Auditor", log.get(2).author());
			git.assertStatusClean(dir);
			git.assertFsckClean(dir);
		}
	}
}
