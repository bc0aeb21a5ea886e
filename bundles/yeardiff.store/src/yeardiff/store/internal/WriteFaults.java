package yeardiff.store.internal;

import java.io.IOException;

/**
 * Counts the writes of a store operation on the current thread and, when a test asks for it, makes
 * the n-th of them fail as a full disk would. Every place where a commit writes to disk passes
 * here first: each Git object, the journal, each work-tree file (which then fails half-written),
 * the index, each ref. The fault-injection test runs one import with every n in turn and checks
 * that each failure leaves the repository exactly as it was. In normal use nothing is armed and a
 * check costs one thread-local lookup.
 */
public final class WriteFaults {

	private static final ThreadLocal<WriteFaults> CURRENT = new ThreadLocal<>();

	private final int failAt;
	private int count;

	private WriteFaults(int failAt) {
		this.failAt = failAt;
	}

	/**
	 * Arms the current thread: its {@code failAt}-th write from now on fails (0: none fails, the
	 * writes are only counted).
	 */
	public static void arm(int failAt) {
		CURRENT.set(new WriteFaults(failAt));
	}

	/** Disarms the current thread and answers how many writes were counted since {@link #arm}. */
	public static int disarm() {
		WriteFaults faults = CURRENT.get();
		CURRENT.remove();
		return faults == null ? 0 : faults.count;
	}

	/**
	 * Counts one write and fails it when it is the armed one.
	 *
	 * @throws IOException "No space left on device", when this is the write to fail
	 */
	static void check(String what) throws IOException {
		WriteFaults faults = CURRENT.get();
		if (faults != null && ++faults.count == faults.failAt) {
			throw new IOException("No space left on device (injected while writing " + what + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Whether the next {@link #check} would fail, for writers that fail half-way through their bytes. */
	static boolean nextFails() {
		WriteFaults faults = CURRENT.get();
		return faults != null && faults.count + 1 == faults.failAt;
	}
}
