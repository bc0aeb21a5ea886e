package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportRepository;

/**
 * A process killed at any moment leaves HEAD at a complete commit, and the next open brings the
 * work tree, the index, the tags and JGit's lock files back in order.
 */
class RepairTest {

	private static final String BUDGET_2020 = "Noorwegen verhoogt zijn defensiebudget in 2020 naar 64,5 miljard NOK.";

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
	void importsKilledAtRandomMomentsLeaveACompleteCommit() throws Exception {
		killRepeatedly("loop", 5, (repository, version, head, context) -> {
			Report report = repository.load("2019");
			assertEquals(ImportLoop.statement(version), TestReports.firstStatement(report), context);
			assertArrayEquals(TestReports.xmi(report), Files.readAllBytes(dir.resolve("reports/2019/report.xmi")), context);
			assertEquals(head + "\n", git.run(dir, "rev-parse", "report/2019^{commit}"), context);
			assertEquals("Replace report 2019: Rapportage 2019\n", git.run(dir, "log", "-1", "--format=%s"), context);
		});
		try (ReportRepository repository = ReportRepository.open(dir)) {
			assertTrue(repository.importReport(TestReports.yearly("2020", 2020, "Rapportage 2020", BUDGET_2020),
					SampleLetter.REPORT_2020.bytes(), "txt", false).changed());
		}
	}

	@Test
	void verdictAndDraftCommitsKilledAtRandomMomentsLeaveACompleteCommit() throws Exception {
		killRepeatedly("commits", 3, (repository, version, head, context) -> {
			assertEquals(ImportLoop.verdicts(version),
					new String(repository.readFile("audit/verdicts.xmi"), java.nio.charset.StandardCharsets.UTF_8), context);
			assertEquals(ImportLoop.verdicts(version), Files.readString(dir.resolve("audit/verdicts.xmi")), context);
			assertEquals("Auditor " + version + "\n", git.run(dir, "log", "-1", "--format=%an"), context);
		});
	}

	/** What must hold after a kill: the repository at the version the last complete commit wrote. */
	private interface AfterKill {
		void check(ReportRepository repository, int version, String head, String context) throws Exception;
	}

	/**
	 * Starts the child's loop ({@link ImportLoop} mode), kills it with kill -9 at a random moment,
	 * and checks that HEAD is the last commit it reported or the one after, that the files are those
	 * of that commit, and that fsck and status are clean; {@code rounds} times.
	 */
	private void killRepeatedly(String mode, int rounds, AfterKill after) throws Exception {
		assumeTrue(ChildJvm.isAvailable(), "no class path for a child JVM can be found");
		try (ReportRepository repository = ReportRepository.init(dir)) {
			repository.importReport(TestReports.yearly("2019", 2019, "Rapportage 2019", ImportLoop.statement(0)),
					SampleLetter.REPORT_2019.bytes(), "txt", true);
		}
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int round = 1; round <= rounds; round++) {
			Path progress = temp.resolve(mode + "-progress-" + round + ".txt");
			Path log = temp.resolve(mode + "-child-" + round + ".log");
			Process child = ChildJvm.start(temp.resolve("child-home"), log, mode, dir.toString(), progress.toString());
			int wanted = 1 + random.nextInt(4);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (imports(progress).size() < wanted) {
				assertTrue(child.isAlive() && System.nanoTime() < deadline, () -> "the " + mode + " loop stopped: " + output(log));
				Thread.sleep(5);
			}
			Thread.sleep(random.nextInt(60));
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
			List<String> done = imports(progress);
			String[] last = done.get(done.size() - 1).split(" ");
			String context = "seed " + seed + ", round " + round + ", last printed " + Arrays.toString(last);
			try (ReportRepository repository = ReportRepository.open(dir)) {
				String head = repository.head();
				int printed = Integer.parseInt(last[2]);
				int version = head.equals(last[1]) ? printed : printed + 1;
				if (version != printed) {
					assertEquals(last[1], git.run(dir, "rev-parse", "HEAD~1").trim(), context);
				}
				after.check(repository, version, head, context);
				git.assertFsckClean(dir);
				git.assertStatusClean(dir);
			}
		}
	}

	/** The complete lines the child wrote to its progress file. */
	private static List<String> imports(Path progress) throws IOException {
		if (!Files.exists(progress)) {
			return List.of();
		}
		String text = Files.readString(progress);
		return text.substring(0, text.lastIndexOf('\n') + 1).lines().toList();
	}

	private static String output(Path log) {
		try {
			return Files.readString(log);
		} catch (IOException e) {
			return e.toString();
		}
	}

	@Test
	void openFinishesAWorkTreeThatAKilledImportLeftHalfWritten() throws Exception {
		Report report2020 = TestReports.yearly("2020", 2020, "Rapportage 2020", BUDGET_2020);
		String before;
		try (ReportRepository repository = ReportRepository.init(dir)) {
			before = repository.importReport(TestReports.yearly("2019", 2019, "Rapportage 2019", "Eerste versie."),
					SampleLetter.REPORT_2019.bytes(), "txt", false).commitId();
			repository.importReport(report2020, SampleLetter.REPORT_2020.bytes(), "txt", false);
		}
		// the state of a process killed after moving HEAD, while writing the 2020 files
		git.run(dir, "read-tree", before);
		byte[] model = TestReports.xmi(report2020);
		Files.write(dir.resolve("reports/2020/report.xmi"), Arrays.copyOf(model, model.length / 2));
		Files.delete(dir.resolve("reports/2020/source.txt"));
		Files.writeString(dir.resolve(".git/yeardiff-checkout"), before + "\n");
		Files.writeString(dir.resolve(".git/index.lock"), "");
		Files.writeString(dir.resolve(".git/refs/heads/main.lock"), "");
		Files.writeString(dir.resolve(".git/refs/tags/report/2020.lock"), "");
		Files.createDirectories(dir.resolve(".git/yeardiff-tmp"));
		Files.write(dir.resolve(".git/yeardiff-tmp/write1234.tmp"), Arrays.copyOf(model, 10));
		Files.writeString(dir.resolve("notes.txt"), "my own notes, never committed");

		try (ReportRepository repository = ReportRepository.open(dir)) {
			assertArrayEquals(model, Files.readAllBytes(dir.resolve("reports/2020/report.xmi")));
			assertArrayEquals(SampleLetter.REPORT_2020.bytes(), Files.readAllBytes(dir.resolve("reports/2020/source.txt")));
			assertEquals("?? notes.txt\n", git.run(dir, "status", "--porcelain"));
			assertEquals("my own notes, never committed", Files.readString(dir.resolve("notes.txt")));
			for (String leftover : new String[] { ".git/yeardiff-checkout", ".git/index.lock", ".git/refs/heads/main.lock",
					".git/refs/tags/report/2020.lock", ".git/yeardiff-tmp/write1234.tmp" }) {
				assertFalse(Files.exists(dir.resolve(leftover)), leftover);
			}
			assertTrue(repository.importReport(TestReports.yearly("2021", 2021, "Rapportage 2021", "Suriname."),
					SampleLetter.REPORT_2021.bytes(), "txt", false).changed());
			git.assertFsckClean(dir);
		}
	}

	@Test
	void openRestoresReportFilesThatDifferFromHead() throws Exception {
		Report report = TestReports.yearly("2020", 2020, "Rapportage 2020", BUDGET_2020);
		try (ReportRepository repository = ReportRepository.init(dir)) {
			repository.importReport(report, SampleLetter.REPORT_2020.bytes(), "txt", false);
		}
		Files.writeString(dir.resolve("reports/2020/report.xmi"), "<truncated");
		Files.delete(dir.resolve("reports/2020/summary.properties"));
		Files.writeString(dir.resolve("README.md"), "My own README, not yet committed.\n");

		try (ReportRepository repository = ReportRepository.open(dir)) {
			assertArrayEquals(TestReports.xmi(report), Files.readAllBytes(dir.resolve("reports/2020/report.xmi")));
			assertTrue(Files.readString(dir.resolve("reports/2020/summary.properties")).startsWith("id = 2020\n"));
			assertEquals(" M README.md\n", git.run(dir, "status", "--porcelain"));
			assertEquals("My own README, not yet committed.\n", Files.readString(dir.resolve("README.md")));
		}
	}

	@Test
	void openMovesAReportTagLeftBehindByAKilledImport() throws Exception {
		String first;
		String second;
		try (ReportRepository repository = ReportRepository.init(dir)) {
			first = repository.importReport(TestReports.yearly("2020", 2020, "Rapportage 2020", "Eerste versie."),
					SampleLetter.REPORT_2020.bytes(), "txt", false).commitId();
			second = repository.importReport(TestReports.yearly("2020", 2020, "Rapportage 2020", BUDGET_2020),
					SampleLetter.REPORT_2020.bytes(), "txt", true).commitId();
		}
		git.run(dir, "tag", "--force", "report/2020", first);

		try (ReportRepository repository = ReportRepository.open(dir)) {
			assertEquals(second + "\n", git.run(dir, "rev-parse", "report/2020^{commit}"));
		}
	}
}
