package yeardiff.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import yeardiff.store.StoreException;

/**
 * The one writer of a repository at a time, across threads and processes. Processes exclude each
 * other through an operating-system lock on {@code .git/yeardiff.lock}; the operating system drops
 * that lock when a process dies, so a killed import never leaves the repository locked. Threads of
 * one process exclude each other through a semaphore per lock file, because a file lock belongs to
 * the whole process and cannot be taken twice by it.
 *
 * <p>The lock file itself is never deleted: deleting it would let two processes lock two different
 * files of the same name.</p>
 */
public final class WriteLock implements AutoCloseable {

	private static final String FILE_NAME = "yeardiff.lock"; //$NON-NLS-1$

	/** How long a writer waits for the previous one before giving up. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private static final long POLL_MILLIS = 25;

	private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

	private final Semaphore threads;
	private final FileChannel channel;
	private final FileLock lock;

	private WriteLock(Semaphore threads, FileChannel channel, FileLock lock) {
		this.threads = threads;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Waits up to {@code timeout} for the repository whose Git folder is {@code gitDir}.
	 *
	 * @throws StoreException when another thread or process holds it for longer
	 */
	public static WriteLock acquire(Path gitDir, Duration timeout) throws StoreException, IOException {
		Path file = gitDir.resolve(FILE_NAME).toAbsolutePath().normalize();
		long deadline = System.nanoTime() + timeout.toNanos();
		Semaphore threads = IN_PROCESS.computeIfAbsent(gitDir.toRealPath(), key -> new Semaphore(1));
		try {
			if (!threads.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new StoreException(Messages.busy);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException(Messages.busy, e);
		}
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			while (lock == null && System.nanoTime() < deadline) {
				Thread.sleep(POLL_MILLIS);
				lock = channel.tryLock();
			}
			if (lock == null) {
				throw new StoreException(Messages.busy);
			}
			return new WriteLock(threads, channel, lock);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			close(channel);
			threads.release();
			throw new StoreException(Messages.busy, e);
		} catch (StoreException | IOException | RuntimeException e) {
			close(channel);
			threads.release();
			throw e;
		}
	}

	private static void close(FileChannel channel) throws IOException {
		if (channel != null) {
			channel.close();
		}
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
			channel.close();
		} finally {
			threads.release();
		}
	}
}
