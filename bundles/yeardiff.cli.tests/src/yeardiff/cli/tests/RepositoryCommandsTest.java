package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryCommandsTest {

	@Test
	void versionNamesTheProduct() {
		CommandRun run = CommandRun.of("--version"); //$NON-NLS-1$
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("yeardiff 1.0.0"), run.out()); //$NON-NLS-1$
	}

	@Test
	void initCreatesAGitRepositoryThatGitReads(@TempDir Path temp) throws Exception {
		Path repository = temp.resolve("reports"); //$NON-NLS-1$
		CommandRun run = CommandRun.of("init", "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains(repository.toString()), run.out());

		String log = CommandRun.git(repository, "log", "--format=%s"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Create Yeardiff repository", log.strip()); //$NON-NLS-1$
		CommandRun.git(repository, "fsck", "--strict"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void listOfANewRepositoryIsAnEmptyJsonArray(@TempDir Path temp) {
		Path repository = temp.resolve("reports"); //$NON-NLS-1$
		assertEquals(0, CommandRun.of("init", "--repo", repository.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		// Options may stand before or after the arguments.
		CommandRun run = CommandRun.of("list", "--json", "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("[]", run.out().strip()); //$NON-NLS-1$
	}

	@Test
	void listOutsideARepositoryFailsWithOneLineAndWritesNothing(@TempDir Path temp) throws Exception {
		Path notARepository = temp.resolve("elsewhere"); //$NON-NLS-1$
		Files.createDirectories(notARepository);
		CommandRun run = CommandRun.of("list", "--repo", notARepository.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, run.exitCode());
		assertEquals("", run.out()); //$NON-NLS-1$
		assertEquals(1, run.err().strip().lines().count(), run.err());
		assertTrue(run.err().startsWith("yeardiff: "), run.err()); //$NON-NLS-1$
		assertTrue(run.err().contains("yeardiff init"), run.err()); //$NON-NLS-1$
		try (var files = Files.list(notARepository)) {
			assertFalse(files.findAny().isPresent(), "the folder was written to"); //$NON-NLS-1$
		}
	}

	@Test
	void unknownCommandIsAUsageError() {
		CommandRun run = CommandRun.of("frobnicate"); //$NON-NLS-1$
		assertEquals(2, run.exitCode());
		assertEquals(1, run.err().strip().lines().count(), run.err());
		assertTrue(run.err().contains("frobnicate"), run.err()); //$NON-NLS-1$
	}
}
