package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import yeardiff.samples.SampleLetter;

/**
 * A Git lock file another live process holds open (as Git holds {@code index.lock} while it writes
 * the index) stops an import with one line that names the process and the file, and nothing is
 * removed; once that process is dead, the lock it left is stale, and the next import removes it and
 * lands. The holder here is a process of its own, as a Git command in another terminal would be.
 */
class HeldLockTest {

	@TempDir
	Path temp;
	private Path repository;
	private Path letter;

	@BeforeEach
	void repositoryWithOneReport() throws Exception {
		repository = temp.resolve("reports"); //$NON-NLS-1$
		assertEquals(0, CommandRun.of("init", "--repo", repository.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		Path first = temp.resolve("2019.txt"); //$NON-NLS-1$
		Files.write(first, SampleLetter.REPORT_2019.bytes());
		assertEquals(0, CommandRun.of("import", first.toString(), "--repo", repository.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		letter = temp.resolve("2020.txt"); //$NON-NLS-1$
		Files.write(letter, SampleLetter.REPORT_2020.bytes());
	}

	@ParameterizedTest
	@ValueSource(strings = { "index.lock", "HEAD.lock", "refs/heads/main.lock", "refs/tags/report/2019.lock", "packed-refs.lock" })
	void aLockAnotherLiveProcessHoldsIsNamedAndKeptAndOnceItDiesItIsRemoved(String name) throws Exception {
		Path lock = repository.resolve(".git").resolve(name); //$NON-NLS-1$
		Process holder = hold(lock);
		try {
			String before = RepositoryState.of(repository);

			CommandRun run = CommandRun.of("import", letter.toString(), "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$

			assertEquals(1, run.exitCode(), run.err());
			assertEquals("yeardiff: a Git command (process " + holder.pid() + ") is using the repository: .git/" + name //$NON-NLS-1$ //$NON-NLS-2$
					+ " is locked; wait for it to finish and try again\n", run.err()); //$NON-NLS-1$
			assertEquals("held by a live process\n", Files.readString(lock), "the lock and what its holder wrote are left alone"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(before, RepositoryState.of(repository));
			// reading is no write: it goes on beside the holder and leaves its lock alone
			CommandRun list = CommandRun.of("list", "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(0, list.exitCode(), list.err());
			assertTrue(Files.exists(lock));
		} finally {
			holder.destroyForcibly();
			assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
		}
		// killed: the lock file stays on disk, held by no one
		assertTrue(Files.exists(lock));
		String head = CommandRun.git(repository, "rev-parse", "HEAD"); //$NON-NLS-1$ //$NON-NLS-2$

		CommandRun run = CommandRun.of("import", letter.toString(), "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err()); //$NON-NLS-1$
		assertFalse(Files.exists(lock), "the stale lock is removed"); //$NON-NLS-1$
		assertEquals(head, CommandRun.git(repository, "rev-parse", "HEAD~1")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(CommandRun.git(repository, "rev-parse", "HEAD"), CommandRun.git(repository, "rev-parse", "report/2020^{commit}")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		RepositoryState.assertClean(repository);
	}

	/** A process that creates {@code lock}, writes a line into it and keeps it open until it is killed. */
	private static Process hold(Path lock) throws Exception {
		Files.createDirectories(lock.getParent());
		Process holder = new ProcessBuilder(List.of("sh", "-c", //$NON-NLS-1$ //$NON-NLS-2$
				"exec 3>\"$1\"; echo 'held by a live process' >&3; echo held; exec sleep 600", "holder", lock.toString())) //$NON-NLS-1$ //$NON-NLS-2$
				.redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
		assertEquals("held", out.readLine()); //$NON-NLS-1$
		// "exec sleep" keeps the process, and with it the open lock file, under the same id
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!holder.info().command().orElse("").endsWith("sleep")) { //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(holder.isAlive() && System.nanoTime() < deadline, "the holder did not start sleeping"); //$NON-NLS-1$
			Thread.sleep(10);
		}
		return holder;
	}
}
