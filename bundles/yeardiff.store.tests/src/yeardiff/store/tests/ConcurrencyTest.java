package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.samples.SampleLetter;
import yeardiff.store.LogEntry;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.store.internal.WriteLock;

/**
 * Two writers at once, in two threads or two processes, both land, one after the other; a writer
 * that waits longer than its timeout gets a message instead of damaging anything.
 */
class ConcurrencyTest {

	private static final String BUSY = "the repository is busy: another Yeardiff process is writing to it";

	@TempDir
	Path temp;

	private Path dir;
	private GitCli git;

	@BeforeEach
	void setUp() throws Exception {
		dir = temp.resolve("repository");
		git = new GitCli(temp.resolve("home"));
		ReportRepository.init(dir).close();
	}

	@Test
	void twoThreadsImportingAtOnceBothLand() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try (ReportRepository shared = ReportRepository.open(dir)) {
			List<Future<List<String>>> results = new ArrayList<>();
			for (String prefix : new String[] { "a", "b" }) {
				results.add(threads.submit(() -> {
					List<String> commits = new ArrayList<>();
					try (ReportRepository own = ReportRepository.open(dir)) {
						start.await();
						for (int i = 1; i <= 4; i++) {
							// one thread goes through the shared instance, the other through its own
							ReportRepository repository = prefix.equals("a") ? shared : own;
							String id = prefix + '-' + i;
							commits.add(repository.importReport(TestReports.yearly(id, 2020, "Rapportage " + id,
									"Rapport " + id + "."), SampleLetter.REPORT_2020.bytes(), "txt", false).commitId());
						}
					}
					return commits;
				}));
			}
			start.countDown();
			List<String> commits = new ArrayList<>();
			for (Future<List<String>> result : results) {
				commits.addAll(result.get(2, TimeUnit.MINUTES));
			}

			assertEquals(Set.of("a-1", "a-2", "a-3", "a-4", "b-1", "b-2", "b-3", "b-4"), ids(shared.list()));
			assertEquals(new TreeSet<>(commits), new TreeSet<>(shared.log(20).stream()
					.filter(entry -> entry.kind().equals(LogEntry.IMPORT)).map(LogEntry::commit).toList()));
			assertEquals("9\n", git.run(dir, "rev-list", "--count", "HEAD"));
			assertEquals("Rapport b-3.", TestReports.firstStatement(shared.load("b-3")));
			git.assertFsckClean(dir);
			git.assertStatusClean(dir);
		} finally {
			threads.shutdownNow();
		}
	}

	@Test
	void twoProcessesImportingAtOnceBothLand() throws Exception {
		assumeTrue(ChildJvm.isAvailable(),
				"the test class path is not on java.class.path (OSGi): no child JVM can run ImportLoop");
		Path logA = temp.resolve("a.log");
		Path logB = temp.resolve("b.log");
		Process a = ChildJvm.start(temp.resolve("child-home"), logA, "import", dir.toString(), "a", "3");
		Process b = ChildJvm.start(temp.resolve("child-home"), logB, "import", dir.toString(), "b", "3");
		assertTrue(a.waitFor(2, TimeUnit.MINUTES));
		assertTrue(b.waitFor(2, TimeUnit.MINUTES));
		assertEquals(0, a.exitValue(), () -> read(logA));
		assertEquals(0, b.exitValue(), () -> read(logB));

		try (ReportRepository repository = ReportRepository.open(dir)) {
			assertEquals(Set.of("a-1", "a-2", "a-3", "b-1", "b-2", "b-3"), ids(repository.list()));
			assertEquals("Rapport a-2.", TestReports.firstStatement(repository.load("a-2")));
		}
		assertEquals("7\n", git.run(dir, "rev-list", "--count", "HEAD"));
		assertEquals("report/a-1\nreport/a-2\nreport/a-3\nreport/b-1\nreport/b-2\nreport/b-3\n", git.run(dir, "tag"));
		git.assertFsckClean(dir);
		git.assertStatusClean(dir);
	}

	@Test
	void aWriterWaitingLongerThanItsTimeoutIsToldTheRepositoryIsBusy() throws Exception {
		try (ReportRepository repository = ReportRepository.open(dir, Duration.ofMillis(200))) {
			String head = repository.head();
			try (WriteLock held = WriteLock.acquire(dir.resolve(".git"), Duration.ofSeconds(1))) {
				StoreException busy = assertThrows(StoreException.class, () -> repository.importReport(
						TestReports.yearly("2020", 2020, "Rapportage 2020", "Rapport."), SampleLetter.REPORT_2020.bytes(),
						"txt", false));
				assertEquals(BUSY, busy.getMessage());
			}
			assertEquals(head, repository.head());
			assertTrue(repository.importReport(TestReports.yearly("2020", 2020, "Rapportage 2020", "Rapport."),
					SampleLetter.REPORT_2020.bytes(), "txt", false).changed());
		}
	}

	@Test
	void aWriterWaitingForAnotherProcessIsToldTheRepositoryIsBusy() throws Exception {
		assumeTrue(ChildJvm.isAvailable(),
				"the test class path is not on java.class.path (OSGi): no child JVM can run ImportLoop");
		Path log = temp.resolve("hold.log");
		Process holder = ChildJvm.start(temp.resolve("child-home"), log, "hold", dir.toString(), "4000");
		try (ReportRepository repository = ReportRepository.open(dir, Duration.ofMillis(300))) {
			String head = repository.head();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!read(log).startsWith("locked")) {
				assertTrue(holder.isAlive() && System.nanoTime() < deadline, () -> read(log));
				Thread.sleep(10);
			}
			StoreException busy = assertThrows(StoreException.class, () -> repository.commit("Record verdicts",
					Map.of("audit/verdicts.xmi", new byte[] { 'x' }), Set.of(), null));
			assertEquals(BUSY, busy.getMessage());
			assertEquals(head, repository.head());
		} finally {
			holder.destroyForcibly();
			holder.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Set<String> ids(List<ReportEntry> entries) {
		return new TreeSet<>(entries.stream().map(ReportEntry::id).toList());
	}

	private static String read(Path log) {
		try {
			return Files.exists(log) ? Files.readString(log) : "";
		} catch (IOException e) {
			return e.toString();
		}
	}

	/**
	 * The workbench reads the repository (lists it, loads reports) while the command line writes to
	 * it from another process: every read sees a complete report of some commit, never a half-written
	 * one, and the reader never fails.
	 */
	@Test
	void readersNeverSeeAHalfWrittenReportWhileAnotherProcessImports() throws Exception {
		assumeTrue(ChildJvm.isAvailable(), "no class path for a child JVM"); //$NON-NLS-1$
		try (ReportRepository repository = ReportRepository.open(dir)) {
			repository.importReport(TestReports.yearly("2019", 2019, "Rapportage 2019", ImportLoop.statement(0)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					SampleLetter.REPORT_2019.bytes(), "txt", true); //$NON-NLS-1$
		}
		Path progress = temp.resolve("progress.txt"); //$NON-NLS-1$
		Process writer = ChildJvm.start(temp.resolve("child-home"), temp.resolve("child.log"), "loop", dir.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				progress.toString());
		int reads = 0;
		java.util.Set<String> versionsSeen = new java.util.HashSet<>();
		try (ReportRepository reader = ReportRepository.open(dir)) {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (System.nanoTime() < deadline && versionsSeen.size() < 4) {
				assertTrue(writer.isAlive(), () -> "the writer stopped: " + read(temp.resolve("child.log"))); //$NON-NLS-1$
				List<ReportEntry> entries = reader.list();
				assertEquals(List.of("2019"), entries.stream().map(ReportEntry::id).toList()); //$NON-NLS-1$
				String statement = TestReports.firstStatement(reader.load("2019")); //$NON-NLS-1$
				assertTrue(statement.matches("Versie \\d+: Nederland en Duitsland integreren hun landmachten verder\\."), statement); //$NON-NLS-1$
				versionsSeen.add(statement);
				reads++;
			}
		} finally {
			writer.destroyForcibly();
			writer.waitFor(30, TimeUnit.SECONDS);
		}
		assertTrue(versionsSeen.size() > 1, "the reader saw the writer's commits: " + versionsSeen + " in " + reads + " reads"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// Opening finishes what the killed writer left in the work tree.
		ReportRepository.open(dir).close();
		git.assertFsckClean(dir);
		git.assertStatusClean(dir);
	}
}
