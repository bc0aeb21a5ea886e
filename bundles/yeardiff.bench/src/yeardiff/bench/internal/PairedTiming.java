package yeardiff.bench.internal;

import java.util.Arrays;

/**
 * Times a measure against its baseline on a shared, noisy machine. Both run in the same loop, one
 * right after the other and in alternating order, so that whatever else loads the cores slows both
 * alike; the warm-up rounds (at least a few, and at least five seconds) let the JIT compile both
 * before anything is timed, and the medians of the timed rounds ignore the rounds a garbage
 * collection or another process happened to hit.
 */
public final class PairedTiming {

	/** The least a figure may rest on: fewer timed rounds give medians that one busy moment moves. */
	public static final int MIN_RUNS = 7;
	public static final int MIN_WARM_UPS = 3;

	/**
	 * Fast tasks get more warm-up rounds than the minimum: the JIT compiles a method after many
	 * calls, and a few rounds of a task that takes milliseconds would time it interpreted.
	 */
	private static final long MIN_WARM_UP_NANOS = 5_000_000_000L;
	private static final double NANOS_PER_MILLI = 1e6;

	private final int warmUps;
	private final int runs;
	/** What the tasks made, summed and checked, so that their results stay in use. */
	private long made;

	public PairedTiming(int warmUps, int runs) {
		if (warmUps < MIN_WARM_UPS || runs < MIN_RUNS) {
			throw new IllegalArgumentException(String.format("at least %d warm-ups and %d runs, not %d and %d", //$NON-NLS-1$
					Integer.valueOf(MIN_WARM_UPS), Integer.valueOf(MIN_RUNS), Integer.valueOf(warmUps), Integer.valueOf(runs)));
		}
		this.warmUps = warmUps;
		this.runs = runs;
	}

	/** One timed operation; it returns a size of what it made, so that the JIT cannot drop the work. */
	@FunctionalInterface
	public interface Task {
		long run() throws Exception;
	}

	/** The medians of a measure and of its baseline, in milliseconds. */
	public record Medians(double measure, double baseline) {

		public double ratio() {
			return measure / baseline;
		}
	}

	public Medians time(Task measure, Task baseline) throws Exception {
		long warmUpStart = System.nanoTime();
		for (int round = 0; round < warmUps || System.nanoTime() - warmUpStart < MIN_WARM_UP_NANOS; round++) {
			nanosOf(round % 2 == 0 ? measure : baseline);
			nanosOf(round % 2 == 0 ? baseline : measure);
		}
		double[] measured = new double[runs];
		double[] based = new double[runs];
		for (int round = 0; round < runs; round++) {
			boolean measureFirst = round % 2 == 0;
			long first = nanosOf(measureFirst ? measure : baseline);
			long second = nanosOf(measureFirst ? baseline : measure);
			measured[round] = (measureFirst ? first : second) / NANOS_PER_MILLI;
			based[round] = (measureFirst ? second : first) / NANOS_PER_MILLI;
		}
		if (made == 0) {
			throw new IllegalStateException("the timed tasks made nothing"); //$NON-NLS-1$
		}
		return new Medians(median(measured), median(based));
	}

	private long nanosOf(Task task) throws Exception {
		long start = System.nanoTime();
		long size = task.run();
		long elapsed = System.nanoTime() - start;
		made += size;
		return elapsed;
	}

	/** The median of the values (the upper one of the middle two for an even count). */
	public static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	public int warmUps() {
		return warmUps;
	}

	public int runs() {
		return runs;
	}
}
