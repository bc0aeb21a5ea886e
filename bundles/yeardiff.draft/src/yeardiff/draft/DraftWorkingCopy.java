package yeardiff.draft;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import yeardiff.draft.internal.ReportBytes;
import yeardiff.model.api.Report;
import yeardiff.model.resource.ReportResource;

/**
 * The editor's unsaved work, kept in a file so that it survives a crash of the workbench or the
 * machine. The workbench saves it every few seconds under its state location and offers it back at
 * the next start; a commit to the repository ({@link DraftStore#save}) is what makes it shared.
 *
 * <p>A save writes a temporary file beside the working copy, forces it to disk and moves it over
 * the working copy in one step, so the file is always the previous or the new version. Should a
 * file still be half-written (a file system without atomic moves), restoring it gives nothing
 * rather than an error: the last commit is then the work to go on from.</p>
 */
public final class DraftWorkingCopy {

	private static final String PARTIAL_SUFFIX = ".partial"; //$NON-NLS-1$

	private DraftWorkingCopy() {
	}

	/** Replaces the working copy in {@code file} (its folder created when missing) with the draft. */
	public static void save(Path file, Report draft) throws IOException {
		byte[] bytes = ReportBytes.of(draft);
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = partial(file);
		try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		try {
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * The draft in the working copy, or nothing when there is no working copy or it is not a
	 * complete draft.
	 *
	 * @throws IOException when the file exists but cannot be read
	 */
	public static Optional<Report> restore(Path file) throws IOException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
		try {
			return Optional.of(ReportResource.fromBytes(bytes, Report.class));
		} catch (IOException e) {
			// not a complete report file: a write that never finished
			return Optional.empty();
		}
	}

	/** Removes the working copy and any save of it that did not finish. */
	public static void discard(Path file) throws IOException {
		Files.deleteIfExists(file);
		Files.deleteIfExists(partial(file));
	}

	private static Path partial(Path file) {
		return file.resolveSibling(file.getFileName() + PARTIAL_SUFFIX);
	}
}
