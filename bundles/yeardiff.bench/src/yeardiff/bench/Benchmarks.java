package yeardiff.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import yeardiff.bench.internal.Benchmark;
import yeardiff.bench.internal.CommandStartVsJavaVersion;
import yeardiff.bench.internal.CommitVsParse;
import yeardiff.bench.internal.CompareVsWordDiff;
import yeardiff.bench.internal.Corpus100VsCorpus30;
import yeardiff.bench.internal.Corpus30VsPair;
import yeardiff.bench.internal.Figure;
import yeardiff.bench.internal.Fixtures;
import yeardiff.bench.internal.HeapVsXmi;
import yeardiff.bench.internal.HistoryVsLoadAll;
import yeardiff.bench.internal.ImportVsTextStripper;
import yeardiff.bench.internal.PairedTiming;

/**
 * The benchmarks of {@code releng/bin/bench}. Every figure is a ratio of a measure to a baseline
 * measured in the same run, so that it means the same on a fast laptop and on a loaded build
 * machine; the architecture sets a goal for each. Without options it prints one line per figure
 * ({@code name ratio (measure / baseline) goal <= g}); with {@code --json}, one JSON object from
 * figure name to ratio and nothing else on standard output.
 *
 * <p>Options: {@code --json}; {@code --runs N} and {@code --warm-up N} (at least 7 and 3, the
 * defaults); {@code --only NAME} (repeatable) to run some figures only.</p>
 */
public final class Benchmarks {

	private static final int EXIT_USAGE = 2;

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		// The sample PDFs use the standard 14 fonts without embedding them; PDFBox warns about the
		// substitute font on every load, which would be timed and would bury the figures.
		System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error"); //$NON-NLS-1$ //$NON-NLS-2$
		boolean json = false;
		int runs = PairedTiming.MIN_RUNS;
		int warmUps = PairedTiming.MIN_WARM_UPS;
		List<String> only = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--json" -> json = true; //$NON-NLS-1$
				case "--runs" -> runs = Integer.parseInt(value(args, ++i)); //$NON-NLS-1$
				case "--warm-up" -> warmUps = Integer.parseInt(value(args, ++i)); //$NON-NLS-1$
				case "--only" -> only.add(value(args, ++i)); //$NON-NLS-1$
				default -> usage("unknown option " + args[i]); //$NON-NLS-1$
			}
		}
		List<Benchmark> benchmarks = new ArrayList<>(all());
		if (!only.isEmpty()) {
			benchmarks.removeIf(benchmark -> !only.contains(benchmark.name()));
			if (benchmarks.size() != only.size()) {
				usage("--only takes the names " + all().stream().map(Benchmark::name).toList()); //$NON-NLS-1$
			}
		}
		PairedTiming timing = new PairedTiming(warmUps, runs);
		PrintStream out = System.out;
		List<Figure> figures = new ArrayList<>();
		try (Fixtures fixtures = Fixtures.create()) {
			for (Benchmark benchmark : benchmarks) {
				Figure figure = benchmark.run(timing, fixtures);
				figures.add(figure);
				// with --json the lines go to stderr as each figure is taken: a long run shows its progress
				(json ? System.err : out).println(String.format(Locale.ROOT, "%-24s %8.3f  (%s)  goal <= %s%s", figure.name(), //$NON-NLS-1$
						Double.valueOf(figure.ratio()), figure.detail(), goal(figure.goal()), figure.meetsGoal() ? "" : "  MISSED")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (json) {
			out.println(json(figures));
		}
	}

	/**
	 * Every benchmark, in the order of the architecture's table; the import of each house style's
	 * test PDF after the import of Yeardiff's own.
	 */
	private static List<Benchmark> all() throws IOException {
		List<Benchmark> all = new ArrayList<>();
		all.add(new ImportVsTextStripper());
		all.addAll(ImportVsTextStripper.houseStyles());
		all.addAll(List.of(new CommitVsParse(CommitVsParse.Letter.TEXT), new CommitVsParse(CommitVsParse.Letter.PDF), new HistoryVsLoadAll(),
				new CompareVsWordDiff(), new Corpus30VsPair(), new Corpus100VsCorpus30(), new HeapVsXmi(), CommandStartVsJavaVersion.list(),
				CommandStartVsJavaVersion.timeline()));
		return all;
	}

	private static String json(List<Figure> figures) {
		StringBuilder json = new StringBuilder("{"); //$NON-NLS-1$
		for (Figure figure : figures) {
			if (json.length() > 1) {
				json.append(", "); //$NON-NLS-1$
			}
			// figure names are fixed identifiers: no character in them needs escaping
			json.append('"').append(figure.name()).append("\": ").append(String.format(Locale.ROOT, "%.4f", Double.valueOf(figure.ratio()))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return json.append('}').toString();
	}

	private static String goal(double goal) {
		return goal == Math.rint(goal) ? Long.toString((long) goal) : Double.toString(goal);
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			usage(args[i - 1] + " needs a value"); //$NON-NLS-1$
		}
		return args[i];
	}

	private static void usage(String problem) {
		System.err.println("bench: " + problem + " (options: --json, --runs N, --warm-up N, --only NAME)"); //$NON-NLS-1$ //$NON-NLS-2$
		System.exit(EXIT_USAGE);
	}
}
