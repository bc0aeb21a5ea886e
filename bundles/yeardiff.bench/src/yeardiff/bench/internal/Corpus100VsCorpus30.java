package yeardiff.bench.internal;

import java.util.List;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.TimelineBuilder;
import yeardiff.model.api.Report;
import yeardiff.store.ReportRepository;

/**
 * How the work of browsing a history grows with its length: all adjacent comparisons and every
 * partner's timeline of the 100-report corpus, against the same for its first 30 reports. Linear
 * growth gives 99 / 29 comparisons, about 3.4; the goal of 3.6 leaves room for the timelines' longer
 * series and nothing for work that grows faster than the history.
 */
public final class Corpus100VsCorpus30 implements Benchmark {

	@Override
	public String name() {
		return "corpus100_vs_corpus30"; //$NON-NLS-1$
	}

	@Override
	public double goal() {
		return 3.6;
	}

	@Override
	public Figure run(PairedTiming timing, Fixtures fixtures) throws Exception {
		List<Report> large = load(fixtures, Fixtures.LARGE_CORPUS);
		List<Report> small = load(fixtures, Fixtures.CORPUS);
		ReportComparator comparator = new ReportComparator();
		TimelineBuilder timelines = new TimelineBuilder(comparator);
		PairedTiming.Medians medians = timing.time(() -> Corpus30VsPair.browse(large, comparator, timelines),
				() -> Corpus30VsPair.browse(small, comparator, timelines));
		return Figures.timed(this, medians);
	}

	private static List<Report> load(Fixtures fixtures, int size) throws Exception {
		try (ReportRepository repository = ReportRepository.open(fixtures.corpus(size))) {
			return repository.loadAll();
		}
	}
}
