package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * Every refusal is one line that says what to do, and leaves the repository as it was.
 */
class RepositoryErrorsTest {

	private static final String BUDGET = "Frankrijk besteedt in 2019 1,84% van het bbp aan defensie.";

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
	void openRefusesAFolderThatIsNoYeardiffRepository() throws Exception {
		Files.createDirectories(dir);
		StoreException plain = assertThrows(StoreException.class, () -> ReportRepository.open(dir));
		assertEquals(dir + " is not a Yeardiff repository: run 'yeardiff init' first", plain.getMessage());

		git.run(dir, "init", "--quiet");
		Files.writeString(dir.resolve("notes.txt"), "not a report");
		git.run(dir, "add", "notes.txt");
		git.run(dir, "commit", "--quiet", "-m", "Notes");
		StoreException otherGit = assertThrows(StoreException.class, () -> ReportRepository.open(dir));
		assertEquals(dir + " is not a Yeardiff repository: run 'yeardiff init' first", otherGit.getMessage());

		Path missing = temp.resolve("missing");
		assertEquals(missing + " is not a Yeardiff repository: run 'yeardiff init' first",
				assertThrows(StoreException.class, () -> ReportRepository.open(missing)).getMessage());
	}

	@Test
	void initRefusesAFolderHoldingOtherFilesAndReopensItsOwn() throws Exception {
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("thesis.docx"), "mine");
		StoreException refused = assertThrows(StoreException.class, () -> ReportRepository.init(dir));
		assertEquals(dir + " is neither empty nor a Yeardiff repository: choose a new or empty folder",
				refused.getMessage());
		assertEquals("mine", Files.readString(dir.resolve("thesis.docx")));

		Path own = temp.resolve("own");
		String head;
		try (ReportRepository repository = ReportRepository.init(own)) {
			head = repository.importReport(TestReports.yearly("2019", 2019, "Rapportage 2019", BUDGET),
					SampleLetter.REPORT_2019.bytes(), "txt", false).commitId();
		}
		try (ReportRepository again = ReportRepository.init(own)) {
			assertEquals(head, again.head());
			assertEquals(BUDGET, TestReports.firstStatement(again.load("2019")));
		}
	}

	@Test
	void unknownReportsAndCommitsAreNamed() throws Exception {
		try (ReportRepository repository = ReportRepository.init(dir)) {
			repository.importReport(TestReports.yearly("2019", 2019, "Rapportage 2019", BUDGET),
					SampleLetter.REPORT_2019.bytes(), "txt", false);
			assertEquals("no report 1999 in the repository (see 'yeardiff list')",
					assertThrows(StoreException.class, () -> repository.load("1999")).getMessage());
			assertEquals("no report ../2019 in the repository (see 'yeardiff list')",
					assertThrows(StoreException.class, () -> repository.load("../2019")).getMessage());
			assertEquals("no commit 0123456789abcdef in the repository",
					assertThrows(StoreException.class, () -> repository.loadAt("2019", "0123456789abcdef")).getMessage());
			assertEquals("no report 2019 in the repository (see 'yeardiff list')",
					assertThrows(StoreException.class, () -> repository.loadAt("2019", "HEAD~1")).getMessage());
		}
	}

	@Test
	void reportsThatCannotBeStoredAreRefusedBeforeAnyCommit() throws Exception {
		byte[] letter = SampleLetter.REPORT_2019.bytes();
		try (ReportRepository repository = ReportRepository.init(dir)) {
			String head = repository.head();

			Report noId = TestReports.yearly("2019", 2019, "Rapportage 2019", BUDGET);
			noId.setId(null);
			assertEquals("the report has no id: give it one with --id",
					assertThrows(StoreException.class, () -> repository.importReport(noId, letter, "txt", false))
							.getMessage());
			Report badId = TestReports.yearly("../2019", 2019, "Rapportage 2019", BUDGET);
			assertEquals("'../2019' cannot be a report id: use letters, digits, '.', '_' and '-' (for example the year)",
					assertThrows(StoreException.class, () -> repository.importReport(badId, letter, "txt", false))
							.getMessage());
			Report report = TestReports.yearly("2019", 2019, "Rapportage 2019", BUDGET);
			assertEquals("'t/xt' cannot be the extension of a source file: use letters and digits, such as txt or pdf",
					assertThrows(StoreException.class, () -> repository.importReport(report, letter, "t/xt", false))
							.getMessage());
			report.getSource().setSha256("00ff");
			assertEquals("the report names source SHA-256 00ff, but the source bytes have " + TestReports.sha256(letter),
					assertThrows(StoreException.class, () -> repository.importReport(report, letter, "txt", false))
							.getMessage());

			assertEquals(head, repository.head());
			assertEquals("1\n", git.run(dir, "rev-list", "--count", "HEAD"));
		}
	}

	@Test
	void commitRefusesPathsOutsideTheWorkTree() throws Exception {
		byte[] bytes = "x".getBytes(StandardCharsets.UTF_8);
		try (ReportRepository repository = ReportRepository.init(dir)) {
			String head = repository.head();
			for (String path : new String[] { "../outside.txt", ".git/config", "/etc/passwd", "audit//verdicts.xmi",
					"drafts/./2022.xmi", "audit\\verdicts.xmi" }) {
				StoreException refused = assertThrows(StoreException.class,
						() -> repository.commit("Bad", Map.of("audit/ok.xmi", bytes, path, bytes), Set.of(), null));
				assertEquals("'" + path + "' is not a path of a file inside the repository", refused.getMessage());
			}
			assertEquals(head, repository.head());
			assertEquals(head, repository.commit("Nothing new", Map.of("README.md",
					Files.readAllBytes(dir.resolve("README.md"))), Set.of(), null));
			assertNull(repository.readFile("audit/ok.xmi"));
			assertEquals("1\n", git.run(dir, "rev-list", "--count", "HEAD"));
		}
	}
}
