package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ImportOutcome;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.store.internal.WriteFaults;

/**
 * An import lands whole or not at all. The store's writes are made to fail one at a time, as a full
 * disk fails them: for every n, the n-th write of one import fails, and the repository must be
 * exactly as it was (HEAD, refs and their logs, index, work tree, no lock or temporary file left),
 * with fsck and status clean, before the next attempt; the import without a fault then lands whole.
 */
class FaultInjectionTest {

	private static final String STATEMENT_2020 = "Noorwegen verhoogt zijn defensiebudget in 2020 naar 64,5 miljard NOK.";

	@TempDir
	Path temp;

	private Path dir;
	private GitCli git;

	@BeforeEach
	void setUp() throws Exception {
		dir = temp.resolve("repository");
		git = new GitCli(temp.resolve("home"));
		try (ReportRepository repository = ReportRepository.init(dir)) {
			repository.importReport(TestReports.yearly("2019", 2019, "Rapportage 2019", "Eerste versie."), SampleLetter.REPORT_2019.bytes(), "txt", false);
			repository.importReport(TestReports.yearly("2020", 2020, "Rapportage 2020", "Eerste versie."), SampleLetter.REPORT_2020.bytes(), "txt", false);
		}
	}

	@Test
	void aNewReportFailingAtAnyWriteLeavesTheRepositoryAsItWas() throws Exception {
		failAtEveryWrite(TestReports.yearly("2021", 2021, "Rapportage 2021", "Suriname."), SampleLetter.REPORT_2021.bytes(), false);
	}

	@Test
	void aReplacedReportFailingAtAnyWriteLeavesTheRepositoryAsItWas() throws Exception {
		failAtEveryWrite(TestReports.yearly("2020", 2020, "Rapportage 2020", STATEMENT_2020), SampleLetter.REPORT_2020.bytes(), true);
	}

	private void failAtEveryWrite(Report report, byte[] source, boolean replace) throws Exception {
		int writes = countWrites(report, source, replace);
		assertTrue(writes >= 10, "an import writes objects, files, the index, HEAD and a tag: " + writes);
		String before = state(dir);
		try (ReportRepository repository = ReportRepository.open(dir)) {
			for (int n = 1; n <= writes; n++) {
				WriteFaults.arm(n);
				StoreException failed;
				try {
					failed = assertThrows(StoreException.class, () -> repository.importReport(report, source, "txt", replace), "write " + n);
				} finally {
					WriteFaults.disarm();
				}
				assertTrue(failed.getMessage().contains("No space left on device"), failed.getMessage());
				assertFalse(failed.getMessage().contains("\n"), failed.getMessage());
				assertEquals(before, state(dir), "after a failure at write " + n + " of " + writes);
				git.assertFsckClean(dir);
				git.assertStatusClean(dir);
			}
			ImportOutcome outcome = repository.importReport(report, source, "txt", replace);
			assertTrue(outcome.changed());
			assertEquals(outcome.commitId(), repository.head());
			assertEquals(TestReports.firstStatement(report), TestReports.firstStatement(repository.load(report.getId())));
		}
		assertEquals(git.run(dir, "rev-parse", "HEAD"), git.run(dir, "rev-parse", "report/" + report.getId() + "^{commit}"));
		assertEquals(new String(TestReports.xmi(report), StandardCharsets.UTF_8),
				Files.readString(dir.resolve("reports/" + report.getId() + "/report.xmi")));
		git.assertFsckClean(dir);
		git.assertStatusClean(dir);
	}

	/** How many writes the import makes, counted on a copy of the repository. */
	private int countWrites(Report report, byte[] source, boolean replace) throws Exception {
		Path copy = temp.resolve("counted");
		copyFolder(dir, copy);
		try (ReportRepository repository = ReportRepository.open(copy)) {
			WriteFaults.arm(0);
			try {
				assertTrue(repository.importReport(report, source, "txt", replace).changed());
			} finally {
				return WriteFaults.disarm();
			}
		}
	}

	@Test
	void aLockAGitCommandHoldsIsLeftAloneAndNamed() throws Exception {
		String head = git.run(dir, "rev-parse", "HEAD");
		Path lock = dir.resolve(".git/index.lock");
		try (ReportRepository repository = ReportRepository.open(dir)) {
			try (FileChannel held = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				StoreException busy = assertThrows(StoreException.class, () -> repository.importReport(
						TestReports.yearly("2021", 2021, "Rapportage 2021", "Suriname."), SampleLetter.REPORT_2021.bytes(), "txt", false));
				assertEquals("a Git command (process " + ProcessHandle.current().pid()
						+ ") is using the repository: .git/index.lock is locked; wait for it to finish and try again", busy.getMessage());
				assertTrue(Files.exists(lock), "the held lock is still there");
				assertEquals(head, git.run(dir, "rev-parse", "HEAD"));
			}
			// closed but not removed, as by a Git command that was killed: no process holds it any more
			assertTrue(Files.exists(lock));
			assertTrue(repository.importReport(TestReports.yearly("2021", 2021, "Rapportage 2021", "Suriname."),
					SampleLetter.REPORT_2021.bytes(), "txt", false).changed());
			assertFalse(Files.exists(lock));
		}
		git.assertFsckClean(dir);
		git.assertStatusClean(dir);
	}

	/**
	 * Everything an import may change: HEAD, every ref, the logs of HEAD and the branch, the index's
	 * entries, every work-tree file with its content, and what lies loose in the Git folder (lock,
	 * journal and temporary files).
	 */
	private String state(Path repository) throws Exception {
		StringBuilder state = new StringBuilder();
		state.append("HEAD ").append(git.run(repository, "rev-parse", "HEAD"));
		state.append(git.run(repository, "for-each-ref", "--format=%(refname) %(objectname)"));
		state.append(git.run(repository, "ls-files", "--stage"));
		for (String log : List.of(".git/logs/HEAD", ".git/logs/refs/heads/main")) {
			Path file = repository.resolve(log);
			state.append(log).append(":\n").append(Files.exists(file) ? Files.readString(file) : "(none)\n");
		}
		try (Stream<Path> files = Files.walk(repository)) {
			for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
				String relative = repository.relativize(file).toString();
				if (relative.startsWith(".git/objects/") || relative.equals(".git/index") || relative.startsWith(".git/logs/")) {
					// objects a failed import wrote stay unreachable, as in Git; the index and logs are compared above
					continue;
				}
				state.append(relative).append(' ').append(TestReports.sha256(Files.readAllBytes(file))).append('\n');
			}
		}
		return state.toString();
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.collect(Collectors.toList())) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}
}
