package yeardiff.store.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Tells whether a Git lock file ({@code index.lock}, {@code HEAD.lock}, a ref's {@code .lock}) is
 * still being written by a live process or was left behind by a killed one. Git keeps a lock file
 * open from creating it until it renames or deletes it, so on Linux a lock that no process has
 * open is stale; the processes' open files are in {@code /proc/<pid>/fd}. Where there is no
 * {@code /proc}, a lock younger than {@link #UNKNOWN_AGE} counts as held.
 */
final class HeldFiles {

	/** Without /proc, how old a lock must be to count as left behind: no Git command holds one this long. */
	static final Duration UNKNOWN_AGE = Duration.ofMinutes(5);

	private static final Path PROC = Path.of("/proc"); //$NON-NLS-1$

	private HeldFiles() {
	}

	/**
	 * The id of a process that has {@code file} open, or empty when none has (or the file is gone).
	 * Only processes whose open files this user may see are looked at: the lock files of a
	 * repository are written by its owner's processes.
	 */
	static OptionalLong holder(Path file) throws IOException {
		if (!Files.exists(file)) {
			return OptionalLong.empty();
		}
		Path target = file.toRealPath();
		if (!Files.isDirectory(PROC.resolve("self/fd"))) { //$NON-NLS-1$
			Instant modified = Files.getLastModifiedTime(file).toInstant();
			boolean young = modified.isAfter(Instant.now().minus(UNKNOWN_AGE));
			return young ? OptionalLong.of(-1) : OptionalLong.empty();
		}
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, HeldFiles::isProcess)) {
			for (Path process : processes) {
				if (opens(process.resolve("fd"), target)) { //$NON-NLS-1$
					return OptionalLong.of(Long.parseLong(process.getFileName().toString()));
				}
			}
		}
		return OptionalLong.empty();
	}

	private static boolean isProcess(Path path) {
		String name = path.getFileName().toString();
		return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
	}

	private static boolean opens(Path fds, Path target) {
		try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
			for (Path link : links) {
				try {
					if (target.equals(Files.readSymbolicLink(link))) {
						return true;
					}
				} catch (IOException | UnsupportedOperationException e) {
					// closed meanwhile, or not ours to read
				}
			}
		} catch (IOException | SecurityException e) {
			// the process ended, or belongs to another user
		}
		return false;
	}
}
