package yeardiff.ingest.internal;

import java.util.function.BooleanSupplier;

/**
 * The time limit and the cancellation of one import, checked by the importer's long loops (the PDF
 * parser's operators and glyphs, the importer's stages) on the thread that reads the letter. A
 * check that finds the import over its time, cancelled or abandoned by its caller throws
 * {@link Stopped}, which the importer turns into a one-line {@link yeardiff.ingest.ImportException}.
 *
 * <p>The guard of the running import is found through {@link #current()}, so that code deep in the
 * reader (PDFBox's callbacks) can check it without every signature carrying it.</p>
 */
public final class ImportGuard {

	private static final ThreadLocal<ImportGuard> CURRENT = new ThreadLocal<>();

	/** A guard that never stops anything, for code that runs outside an import. */
	private static final ImportGuard NONE = new ImportGuard(Long.MAX_VALUE, () -> false);

	private final long deadline;
	private final BooleanSupplier cancelled;
	private volatile boolean abandoned;

	/**
	 * @param deadline the {@link System#nanoTime()} after which the import stops
	 * @param cancelled answers whether the user cancelled the import (a progress monitor)
	 */
	public ImportGuard(long deadline, BooleanSupplier cancelled) {
		this.deadline = deadline;
		this.cancelled = cancelled;
	}

	/** The guard of the import running on this thread, or one that never stops. */
	public static ImportGuard current() {
		ImportGuard guard = CURRENT.get();
		return guard == null ? NONE : guard;
	}

	/** Makes this the guard of the current thread until {@link #release()}. */
	public void install() {
		CURRENT.set(this);
	}

	/** Ends {@link #install()}. */
	public void release() {
		CURRENT.remove();
	}

	/** Tells the reading thread to stop at its next check: its caller has given up waiting. */
	public void abandon() {
		abandoned = true;
	}

	/** Whether the time is up. */
	public boolean expired() {
		return deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0;
	}

	/** Whether the user cancelled. */
	public boolean cancelled() {
		return cancelled.getAsBoolean();
	}

	/**
	 * Throws {@link Stopped} when the import must stop.
	 *
	 * @throws Stopped when the time is up, the user cancelled or the caller abandoned the import
	 */
	public void check() {
		if (abandoned || expired() || cancelled()) {
			throw new Stopped();
		}
	}

	/**
	 * Thrown by {@link ImportGuard#check()}: unchecked, because it has to travel through PDFBox's
	 * callbacks, which declare only {@code IOException}.
	 */
	public static final class Stopped extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Stopped() {
			super(null, null, false, false);
		}
	}
}
