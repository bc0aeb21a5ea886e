package yeardiff.bench.internal;

import java.util.Locale;

/** How a figure shows what it was computed from. */
final class Figures {

	private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

	private Figures() {
	}

	static Figure timed(Benchmark benchmark, PairedTiming.Medians medians) {
		return new Figure(benchmark.name(), medians.ratio(), String.format(Locale.ROOT, "%.1f ms / %.1f ms", //$NON-NLS-1$
				Double.valueOf(medians.measure()), Double.valueOf(medians.baseline())), benchmark.goal());
	}

	static Figure sized(Benchmark benchmark, double measureBytes, double baselineBytes) {
		return new Figure(benchmark.name(), measureBytes / baselineBytes, String.format(Locale.ROOT, "%.1f MiB / %.1f MiB", //$NON-NLS-1$
				Double.valueOf(measureBytes / BYTES_PER_MIB), Double.valueOf(baselineBytes / BYTES_PER_MIB)), benchmark.goal());
	}
}
