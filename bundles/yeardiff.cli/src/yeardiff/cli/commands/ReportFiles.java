package yeardiff.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an export whole or not at all: a half-written report is worse than none. */
final class ReportFiles {

	private ReportFiles() {
	}

	static void write(Path file, byte[] content) throws IOException {
		Path absolute = file.toAbsolutePath();
		Path folder = absolute.getParent();
		if (folder != null) {
			Files.createDirectories(folder);
		}
		Path temporary = Files.createTempFile(folder, ".yeardiff-export", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.write(temporary, content);
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
