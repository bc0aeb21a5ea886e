package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.samples.SampleLetter;
import yeardiff.store.PullOutcome;
import yeardiff.store.PushOutcome;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * Two team members share reports through a real Git server ({@code git daemon} on 127.0.0.1):
 * push, clone, fast-forward, merge of work on different reports, and a pull that stops when both
 * changed the same report.
 */
class TeamSyncTest {

	private static final String TITLE_2019 = "Rapportage internationale militaire samenwerking 2019";
	private static final String TITLE_2020 = "Rapportage internationale militaire samenwerking 2020";
	private static final String FRIGATES = "De vervanging van de M-fregatten is voorzien vanaf 2028.";
	private static final String FRIGATES_DELAYED = "De vervanging van de M-fregatten is voorzien in 2028–2029.";
	private static final String FRIGATES_FIRST_SHIP = "Het eerste nieuwe fregat wordt in 2029 geleverd.";

	@TempDir
	Path temp;

	private GitCli git;
	private GitDaemon daemon;
	private Path server;
	private String uri;

	@BeforeEach
	void startServer() throws Exception {
		git = new GitCli(temp.resolve("home"));
		Path base = temp.resolve("server");
		server = base.resolve("reports.git");
		Files.createDirectories(server);
		git.run(server, "init", "--quiet", "--bare", "--initial-branch=main");
		daemon = GitDaemon.start(git, base, temp.resolve("daemon.log"));
		uri = daemon.uri("reports.git");
	}

	@AfterEach
	void stopServer() throws Exception {
		daemon.close();
	}

	private static Report report2019(String statement) {
		return TestReports.yearly("2019", 2019, TITLE_2019, statement);
	}

	/** Anna's import of the 2019 report (the frigates statement); its commit. */
	private static String import2019(ReportRepository anna) throws StoreException {
		return anna.importReport(report2019(FRIGATES), SampleLetter.REPORT_2019.bytes(), "txt", false).commitId();
	}

	private ReportRepository publisher() throws StoreException {
		ReportRepository repository = ReportRepository.init(temp.resolve("anna"));
		repository.addRemote("origin", uri);
		return repository;
	}

	@Test
	void pushSendsTheBranchAndTheReportTags() throws Exception {
		try (ReportRepository anna = publisher()) {
			String imported = import2019(anna);

			assertEquals(new PushOutcome("origin", imported, true, List.of("report/2019")), anna.push("origin"));

			assertEquals("Import report 2019: " + TITLE_2019 + "\nCreate Yeardiff repository\n",
					git.run(server, "log", "--format=%s", "main"));
			assertEquals(imported + "\trefs/heads/main\n" + imported + "\trefs/tags/report/2019\n",
					git.run(server, "ls-remote", uri, "refs/heads/main", "refs/tags/*"));
			assertEquals(new PushOutcome("origin", imported, false, List.of()), anna.push("origin"));
		}
	}

	@Test
	void cloneAndPullBringTheOtherSidesReports() throws Exception {
		try (ReportRepository anna = publisher()) {
			String first = import2019(anna);
			anna.push("origin");
			Path bertDir = temp.resolve("bert");
			try (ReportRepository bert = ReportRepository.cloneFrom(uri, bertDir)) {
				assertEquals(first, bert.head());
				assertArrayEquals(TestReports.xmi(report2019(FRIGATES)),
						Files.readAllBytes(bertDir.resolve("reports/2019/report.xmi")));
				assertEquals(first + "\n", git.run(bertDir, "rev-parse", "report/2019^{commit}"));
				assertEquals("origin\n", git.run(bertDir, "config", "branch.main.remote"));
				git.assertStatusClean(bertDir);

				Report report2020 = TestReports.yearly("2020", 2020, TITLE_2020, FRIGATES_FIRST_SHIP);
				String second = anna.importReport(report2020, SampleLetter.REPORT_2020.bytes(), "txt", false).commitId();
				anna.push("origin");

				assertEquals(new PullOutcome("origin", first, second, PullOutcome.Result.FAST_FORWARD, List.of("2020")),
						bert.pull("origin"));
				assertEquals(List.of("2019", "2020"), bert.list().stream().map(ReportEntry::id).toList());
				assertArrayEquals(SampleLetter.REPORT_2020.bytes(), Files.readAllBytes(bertDir.resolve("reports/2020/source.txt")));
				assertEquals(second + "\n", git.run(bertDir, "rev-parse", "report/2020^{commit}"));
				git.assertStatusClean(bertDir);
				assertEquals(new PullOutcome("origin", second, second, PullOutcome.Result.UP_TO_DATE, List.of()),
						bert.pull("origin"));
			}
		}
	}

	@Test
	void divergedWorkOnDifferentReportsIsMerged() throws Exception {
		try (ReportRepository anna = publisher()) {
			String first = import2019(anna);
			anna.push("origin");
			Path bertDir = temp.resolve("bert");
			try (ReportRepository bert = ReportRepository.cloneFrom(uri, bertDir)) {
				String annas = anna.importReport(TestReports.yearly("2020", 2020, TITLE_2020, FRIGATES_FIRST_SHIP),
						SampleLetter.REPORT_2020.bytes(), "txt", false).commitId();
				anna.push("origin");
				String berts = bert.importReport(TestReports.report("2019-06-19", 2019, ReportKind.INTERIM,
						"Samenwerking met strategische partners", "De Kamer wordt in december geïnformeerd."),
						SampleLetter.INTERIM_2019.bytes(), "txt", false).commitId();

				PullOutcome pulled = bert.pull("origin");

				assertEquals(PullOutcome.Result.MERGED, pulled.result());
				assertEquals(berts, pulled.oldHead());
				assertEquals(List.of("2020"), pulled.reports());
				assertEquals(pulled.newHead(), bert.head());
				assertEquals(berts + " " + annas + "\nMerge reports from origin\n",
						git.run(bertDir, "log", "-1", "--format=%P%n%s"));
				List<ReportEntry> list = bert.list();
				assertEquals(List.of("2019", "2019-06-19", "2020"), list.stream().map(ReportEntry::id).toList());
				assertEquals(List.of(first, berts, annas), list.stream().map(ReportEntry::commit).toList());
				assertEquals(annas + "\n", git.run(bertDir, "rev-parse", "report/2020^{commit}"));
				assertEquals(FRIGATES_FIRST_SHIP, TestReports.firstStatement(bert.load("2020")));
				assertArrayEquals(SampleLetter.REPORT_2020.bytes(), Files.readAllBytes(bertDir.resolve("reports/2020/source.txt")));
				assertEquals("merge", bert.log(1).get(0).kind());
				git.assertStatusClean(bertDir);
				git.assertFsckClean(bertDir);

				assertTrue(bert.push("origin").changed());
				PullOutcome annaPulled = anna.pull("origin");
				assertEquals(new PullOutcome("origin", annas, pulled.newHead(), PullOutcome.Result.FAST_FORWARD,
						List.of("2019-06-19")), annaPulled);
				assertEquals(bert.list(), anna.list());
			}
		}
	}

	@Test
	void aReportChangedOnBothSidesStopsThePullAndChangesNothing() throws Exception {
		try (ReportRepository anna = publisher()) {
			import2019(anna);
			anna.push("origin");
			Path bertDir = temp.resolve("bert");
			try (ReportRepository bert = ReportRepository.cloneFrom(uri, bertDir)) {
				anna.importReport(report2019(FRIGATES_DELAYED), SampleLetter.REPORT_2019.bytes(), "txt", true);
				anna.push("origin");
				String bertsReplace = bert.importReport(report2019(FRIGATES_FIRST_SHIP), SampleLetter.REPORT_2019.bytes(),
						"txt", true).commitId();
				String berts = bert.importReport(TestReports.yearly("2021", 2021, "Rapportage 2021", "Suriname."),
						SampleLetter.REPORT_2021.bytes(), "txt", false).commitId();

				StoreException conflict = assertThrows(StoreException.class, () -> bert.pull("origin"));

				assertEquals("pull from origin stopped, nothing changed: report 2019 changed here and there;"
						+ " replace one side's version, then pull again", conflict.getMessage());
				assertEquals(berts, bert.head());
				assertEquals(berts + "\n", git.run(bertDir, "rev-parse", "HEAD"));
				assertArrayEquals(TestReports.xmi(report2019(FRIGATES_FIRST_SHIP)),
						Files.readAllBytes(bertDir.resolve("reports/2019/report.xmi")));
				assertEquals(bertsReplace + "\n", git.run(bertDir, "rev-parse", "report/2019^{commit}"));
				assertFalse(Files.exists(bertDir.resolve(".git/MERGE_HEAD")));
				git.assertStatusClean(bertDir);
				assertEquals("push to origin rejected: the remote has commits this repository lacks; pull first",
						assertThrows(StoreException.class, () -> bert.push("origin")).getMessage());
			}
		}
	}

	@Test
	void repositoriesCreatedApartAreJoinedByTheFirstPull() throws Exception {
		try (ReportRepository anna = publisher()) {
			String annas = import2019(anna);
			anna.push("origin");
			try (ReportRepository bert = ReportRepository.init(temp.resolve("bert"))) {
				String berts = bert.importReport(TestReports.yearly("2021", 2021, "Rapportage 2021", "Suriname."),
						SampleLetter.REPORT_2021.bytes(), "txt", false).commitId();
				bert.addRemote("origin", uri);

				PullOutcome pulled = bert.pull("origin");

				assertEquals(new PullOutcome("origin", berts, bert.head(), PullOutcome.Result.MERGED, List.of("2019")),
						pulled);
				assertEquals(List.of("2019", "2021"), bert.list().stream().map(ReportEntry::id).toList());
				assertEquals(List.of(annas, berts), bert.list().stream().map(ReportEntry::commit).toList());
				git.assertStatusClean(temp.resolve("bert"));
				git.assertFsckClean(temp.resolve("bert"));
			}
		}
	}

	@Test
	void credentialsInRemoteUrisAreNeitherStoredNorShown() throws Exception {
		try (ReportRepository anna = publisher()) {
			StoreException refused = assertThrows(StoreException.class,
					() -> anna.addRemote("team", "https://alice:s3cret@example.org/reports.git"));
			assertEquals("the URI of remote team must not contain a password: it would be stored in plain text in .git/config",
					refused.getMessage());
			assertEquals(1, git.exec(anna.directory(), "config", "remote.team.url").exit());

			StoreException unreachable = assertThrows(StoreException.class,
					() -> anna.pull("https://alice:s3cret@127.0.0.1:1/reports.git"));
			assertTrue(unreachable.getMessage().startsWith("cannot reach https://127.0.0.1:1/reports.git: "),
					unreachable.getMessage());
			assertFalse(unreachable.getMessage().contains("alice"), unreachable.getMessage());
			assertFalse(unreachable.getMessage().contains("s3cret"), unreachable.getMessage());
			assertEquals("the repository has no remote named upstream",
					assertThrows(StoreException.class, () -> anna.push("upstream")).getMessage());
			assertEquals("the repository has no remote named upstream",
					assertThrows(StoreException.class, () -> anna.pull("upstream")).getMessage());
		}
	}

	@Test
	void aRemoteIsPointedElsewhereAndShownWithoutItsUser() throws Exception {
		try (ReportRepository anna = publisher()) {
			assertEquals(uri, anna.remoteUri("origin"));
			assertNull(anna.remoteUri("upstream"));

			anna.addRemote("origin", "ssh://anna@reports.example.org/defensie/reports.git");

			assertEquals("ssh://reports.example.org/defensie/reports.git", anna.remoteUri("origin"));
			assertEquals("ssh://anna@reports.example.org/defensie/reports.git\n",
					git.run(anna.directory(), "config", "remote.origin.url"));
			assertEquals("+refs/heads/*:refs/remotes/origin/*\n", git.run(anna.directory(), "config", "remote.origin.fetch"));
		}
	}

	@Test
	void gitCloneOfTheServerIsAYeardiffRepository() throws Exception {
		try (ReportRepository anna = publisher()) {
			import2019(anna);
			anna.push("origin");
		}
		Path cloned = temp.resolve("cloned");
		git.run(temp, "clone", "--quiet", uri, cloned.toString());

		assertEquals("2019\n\n", git.run(cloned, "log", "-1", "--format=%(trailers:key=Report-Id,valueonly)"));
		assertEquals(TestReports.sha256(SampleLetter.REPORT_2019.bytes()) + "\n",
				git.run(cloned, "log", "-1", "--format=%(trailers:key=Source-SHA256,valueonly,separator=)"));
		try (ReportRepository opened = ReportRepository.open(cloned)) {
			assertEquals(FRIGATES, TestReports.firstStatement(opened.load("2019")));
			assertEquals(List.of("2019"), opened.list().stream().map(ReportEntry::id).toList());
		}
		git.assertStatusClean(cloned);
	}
}
