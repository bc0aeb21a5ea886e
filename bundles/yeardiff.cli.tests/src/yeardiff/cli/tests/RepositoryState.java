package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Everything an import may change in a repository, as Git sees it, to compare before and after a
 * failure: HEAD, every ref, the index's entries, every file of the work tree and what lies loose in
 * the Git folder (locks, temporary files) with its content. Objects a failed import wrote stay
 * unreachable, as in Git, and are left out.
 */
final class RepositoryState {

	private RepositoryState() {
	}

	static String of(Path repository) throws IOException, InterruptedException {
		StringBuilder state = new StringBuilder();
		state.append("HEAD ").append(CommandRun.git(repository, "rev-parse", "HEAD")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		state.append(CommandRun.git(repository, "for-each-ref", "--format=%(refname) %(objectname)")); //$NON-NLS-1$ //$NON-NLS-2$
		state.append(CommandRun.git(repository, "ls-files", "--stage")); //$NON-NLS-1$ //$NON-NLS-2$
		try (Stream<Path> files = Files.walk(repository)) {
			for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
				String relative = repository.relativize(file).toString();
				if (relative.startsWith(".git/objects/") || relative.equals(".git/index") || relative.startsWith(".git/logs/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					continue;
				}
				state.append(relative).append(' ').append(sha256(Files.readAllBytes(file))).append('\n');
			}
		}
		return state.toString();
	}

	/** fsck finds nothing, the work tree and index match HEAD, and no lock file is left. */
	static void assertClean(Path repository) throws IOException, InterruptedException {
		assertEquals("", CommandRun.git(repository, "fsck", "--no-dangling", "--no-progress"), "git fsck"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals("", CommandRun.git(repository, "status", "--porcelain", "--untracked-files=all"), "git status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		try (Stream<Path> files = Files.walk(repository.resolve(".git"))) { //$NON-NLS-1$
			assertEquals("", String.join(" ", files.filter(RepositoryState::isGitLock).map(Path::toString).toList()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"lock files left"); //$NON-NLS-1$
		}
	}

	/** A lock file of Git's; Yeardiff's own lock file stays, since only the lock on it counts. */
	private static boolean isGitLock(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".lock") && !name.equals("yeardiff.lock"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
