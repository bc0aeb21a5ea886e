package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.samples.SampleLetter;

/**
 * {@code kill -9} of the {@code yeardiff import} command at moments spread over the whole run of
 * an import (start, reading the PDF, writing objects, moving HEAD, putting files in place), half of
 * them over its writing, from its first new file in the Git folder to its end: after
 * each kill the repository is exactly as it was, or HEAD is the whole import's commit; no later
 * command sees anything else, and the next import lands (or finds the letter there), removing what
 * the dead process left (its locks, temporary files, a half-done checkout). The command runs as the
 * product runs it, through its start script on the plain Java class path, in a process of its own.
 * The moments are drawn from a seeded random source, so that a failure names its seed and round and
 * can be repeated ({@code -Dyeardiff.kill.seed}).
 */
class KilledImportTest {

	/** Half of them spread over the whole run, half over the import's writing. */
	private static final int ROUNDS = 20;

	@TempDir
	Path temp;

	@Test
	void anImportKilledAtAnyMomentLeavesTheRepositoryAsItWasOrTheWholeImport() throws Exception {
		Path installation = PlainJavaLaunchTest.layOut(temp.resolve("yeardiff")); //$NON-NLS-1$
		Path base = temp.resolve("base"); //$NON-NLS-1$
		assertEquals(0, CommandRun.of("init", "--repo", base.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		Path first = temp.resolve("2019.txt"); //$NON-NLS-1$
		Files.write(first, SampleLetter.REPORT_2019.bytes());
		assertEquals(0, CommandRun.of("import", first.toString(), "--repo", base.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		Path letter = temp.resolve("2020.pdf"); //$NON-NLS-1$
		Files.write(letter, HeldOutLetters.letterPdf());
		String before = RepositoryState.of(base);
		String head = CommandRun.git(base, "rev-parse", "HEAD"); //$NON-NLS-1$ //$NON-NLS-2$

		// the whole import, to know how long it takes, how long its writing takes, and which tree it
		// makes; the first run of an installation also writes the class-data-sharing archive as it
		// exits, so the second is timed
		long duration = 0;
		long writingTime = 0;
		String tree = null;
		for (String name : List.of("whole-1", "whole-2")) { //$NON-NLS-1$ //$NON-NLS-2$
			Path whole = copy(base, temp.resolve(name));
			try (WatchService watcher = watch(whole)) {
				long started = System.nanoTime();
				Process complete = start(installation, whole, letter, name);
				long firstWrite = firstWrite(watcher, complete);
				assertTrue(complete.waitFor(2, TimeUnit.MINUTES));
				long ended = System.nanoTime();
				duration = ended - started;
				writingTime = ended - firstWrite;
				assertTrue(firstWrite > started, "the import wrote into the repository"); //$NON-NLS-1$
				assertEquals(0, complete.exitValue(), () -> log(name));
			}
			tree = CommandRun.git(whole, "rev-parse", "HEAD^{tree}"); //$NON-NLS-1$ //$NON-NLS-2$
		}

		// -Dyeardiff.kill.seed=N repeats the moments of a failed run
		long seed = Long.getLong("yeardiff.kill.seed", System.nanoTime()).longValue(); //$NON-NLS-1$
		Random random = new Random(seed);
		int unchanged = 0;
		int landed = 0;
		int writing = 0;
		for (int round = 0; round < ROUNDS; round++) {
			Path repository = copy(base, temp.resolve("round-" + round)); //$NON-NLS-1$
			String context;
			Process child;
			try (WatchService watcher = watch(repository)) {
				child = start(installation, repository, letter, "round-" + round); //$NON-NLS-1$
				long until;
				if (round % 2 == 0) {
					// one moment in each of ROUNDS / 2 equal slices of the whole run (a little past its end)
					long moment = (long) (duration * 1.05 * (round / 2 + random.nextDouble()) / (ROUNDS / 2));
					context = "killed " + TimeUnit.NANOSECONDS.toMillis(moment) + " ms after the start of a run of " //$NON-NLS-1$ //$NON-NLS-2$
							+ TimeUnit.NANOSECONDS.toMillis(duration) + " ms"; //$NON-NLS-1$
					until = System.nanoTime() + moment;
				} else {
					// a moment in the import's writing, from its first file in the Git folder to its end
					long moment = (long) (writingTime * 1.05 * random.nextDouble());
					long firstWrite = firstWrite(watcher, child);
					context = "killed " + TimeUnit.NANOSECONDS.toMillis(moment) + " ms after the first write of " //$NON-NLS-1$ //$NON-NLS-2$
							+ TimeUnit.NANOSECONDS.toMillis(writingTime) + " ms of writing"; //$NON-NLS-1$
					until = firstWrite + moment;
				}
				context = "seed " + seed + ", round " + round + ", " + context; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				while (child.isAlive() && System.nanoTime() < until) {
					Thread.sleep(Math.max(1, Math.min(20, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()))));
				}
			}
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), context);

			// as the dead process left it, before any command repairs anything
			String after = CommandRun.git(repository, "rev-parse", "HEAD"); //$NON-NLS-1$ //$NON-NLS-2$
			CommandRun.git(repository, "fsck", "--no-dangling", "--no-progress"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String raw = RepositoryState.of(repository);
			if (raw.lines().count() != withoutLeftovers(raw).lines().count()) {
				// killed while writing: the dead process's temporary files, journal or locks are there
				writing++;
			}
			if (after.equals(head)) {
				unchanged++;
				assertEquals(withoutLeftovers(before), withoutLeftovers(raw), context);
			} else {
				landed++;
				assertEquals(head, CommandRun.git(repository, "rev-parse", "HEAD~1"), context); //$NON-NLS-1$ //$NON-NLS-2$
				assertEquals(tree, CommandRun.git(repository, "rev-parse", "HEAD^{tree}"), context); //$NON-NLS-1$ //$NON-NLS-2$
			}
			// what any later command sees: a reading one first, then the import again
			CommandRun list = CommandRun.of("list", "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(0, list.exitCode(), context + ": " + list.err()); //$NON-NLS-1$
			assertEquals(after.equals(head) ? List.of("2019") : List.of("2019", "2020"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					list.out().lines().map(line -> line.split(" ")[0]).toList(), context); //$NON-NLS-1$
			if (after.equals(head)) {
				assertEquals(before, RepositoryState.of(repository), context);
			}
			CommandRun again = CommandRun.of("import", letter.toString(), "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(0, again.exitCode(), context + ": " + again.err()); //$NON-NLS-1$
			assertTrue(again.out().startsWith(after.equals(head) ? "2020.pdf: imported as 2020 " : "2020.pdf: unchanged"), //$NON-NLS-1$ //$NON-NLS-2$
					context + ": " + again.out()); //$NON-NLS-1$
			assertEquals(tree, CommandRun.git(repository, "rev-parse", "HEAD^{tree}"), context); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(head, CommandRun.git(repository, "rev-parse", "HEAD~1"), context); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(CommandRun.git(repository, "rev-parse", "HEAD"), CommandRun.git(repository, "rev-parse", "report/2020^{commit}"), context); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			RepositoryState.assertClean(repository);
			try (Stream<Path> leftovers = Files.list(repository.resolve(".git"))) { //$NON-NLS-1$
				assertEquals(List.of(), leftovers.map(file -> file.getFileName().toString())
						.filter(name -> name.startsWith("yeardiff-") && !name.equals("yeardiff-tmp")).toList(), context); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		System.out.printf("KilledImportTest: seed %d, %d kills left the repository as it was, %d after the whole import, %d while writing%n", //$NON-NLS-1$
				Long.valueOf(seed), Integer.valueOf(unchanged), Integer.valueOf(landed), Integer.valueOf(writing));
	}

	/** Watches the repository's Git folder and object folder for new files. */
	private static WatchService watch(Path repository) throws IOException {
		WatchService watcher = repository.getFileSystem().newWatchService();
		repository.resolve(".git").register(watcher, StandardWatchEventKinds.ENTRY_CREATE); //$NON-NLS-1$
		repository.resolve(".git/objects").register(watcher, StandardWatchEventKinds.ENTRY_CREATE); //$NON-NLS-1$
		return watcher;
	}

	/**
	 * The moment ({@link System#nanoTime()}) the child first created a file in the Git folder or
	 * its object folder (JGit writes each object to a new temporary file there first), or now if it
	 * ended without.
	 */
	private static long firstWrite(WatchService watcher, Process child) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (child.isAlive() && System.nanoTime() < deadline) {
			WatchKey key = watcher.poll(1, TimeUnit.MILLISECONDS);
			if (key != null && !key.pollEvents().isEmpty()) {
				return System.nanoTime();
			}
		}
		return System.nanoTime();
	}

	/**
	 * The state without what a dead process leaves loose in the Git folder and the next writer
	 * clears: its temporary files, its journal, the lock files it held. Git ignores them all.
	 */
	private static String withoutLeftovers(String state) {
		List<String> kept = new ArrayList<>();
		for (String line : state.split("\n")) { //$NON-NLS-1$
			if (!line.startsWith(".git/yeardiff-tmp/") && !line.startsWith(".git/yeardiff-checkout ") //$NON-NLS-1$ //$NON-NLS-2$
					&& !(line.startsWith(".git/") && line.contains(".lock ") && !line.startsWith(".git/yeardiff.lock "))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				kept.add(line);
			}
		}
		return String.join("\n", kept); //$NON-NLS-1$
	}

	private Process start(Path installation, Path repository, Path letter, String name) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(installation.resolve("yeardiff").toString(), "import", letter.toString(), "--repo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				repository.toString());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home")); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("HOME", System.getProperty("user.home")); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("XDG_CACHE_HOME", Files.createDirectories(temp.resolve("cache")).toString()); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("XDG_CONFIG_HOME", Files.createDirectories(temp.resolve("config")).toString()); //$NON-NLS-1$ //$NON-NLS-2$
		builder.redirectErrorStream(true).redirectOutput(temp.resolve(name + ".log").toFile()); //$NON-NLS-1$
		return builder.start();
	}

	private String log(String name) {
		try {
			return Files.readString(temp.resolve(name + ".log")); //$NON-NLS-1$
		} catch (IOException e) {
			return e.toString();
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return to;
	}
}
