package yeardiff.bench.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * How much a report changes from one year to the next, as the product's own comparison sees it,
 * counted only where the comparison can see it. A letter that lacks pages (the real 2019 and 2021
 * extractions do) has no counterpart for what stood on those pages: compared with it, the other
 * letter's statements there would all look dropped or new. So the fate of a statement (unchanged,
 * reworded, changed, moved, dropped) is counted only when the later letter is complete, and the
 * origin of a statement (found again, or new) only when the earlier letter is complete. Every
 * statement counts, also each part of a split or merged sentence, with its pair's status.
 *
 * @param pairs how many consecutive pairs were compared
 * @param fates the earlier reports' statements by what became of them (only pairs whose later
 *            report is complete)
 * @param origins the later reports' statements by where they came from (only pairs whose earlier
 *            report is complete)
 * @param keptFacts the facts of the earlier statements that were found again
 * @param factChanges the fact changes between the statements found again: a value that differs, a
 *            fact that appeared or one that went
 */
record CorpusRates(int pairs, Map<PairStatus, Long> fates, Map<PairStatus, Long> origins, long keptFacts, long factChanges) {

	/**
	 * Compares each report of {@code chain} with the one before it.
	 *
	 * @param complete whether a report holds the whole letter, so that whatever it has no
	 *            counterpart for really was dropped (or added)
	 */
	static CorpusRates measure(List<Report> chain, ReportComparator comparator, Predicate<Report> complete) {
		Map<PairStatus, Long> fates = counts();
		Map<PairStatus, Long> origins = counts();
		long keptFacts = 0;
		long factChanges = 0;
		for (int i = 1; i < chain.size(); i++) {
			Report from = chain.get(i - 1);
			Report to = chain.get(i);
			boolean fatesSeen = complete.test(to);
			boolean originsSeen = complete.test(from);
			ReportComparison comparison = comparator.compare(from, to);
			for (SectionComparison section : comparison.sections()) {
				for (StatementPair pair : section.pairs()) {
					long earlier = pair.from() == null ? 0 : 1 + pair.alsoFrom().size();
					long later = pair.to() == null ? 0 : 1 + pair.alsoTo().size();
					if (fatesSeen) {
						fates.merge(pair.status(), Long.valueOf(earlier), Long::sum);
					}
					if (originsSeen) {
						origins.merge(pair.status(), Long.valueOf(later), Long::sum);
					}
					if (earlier > 0 && later > 0 && (fatesSeen || originsSeen)) {
						keptFacts += pair.from().getFacts().size();
						for (Statement part : pair.alsoFrom()) {
							keptFacts += part.getFacts().size();
						}
						factChanges += pair.factChanges().size();
					}
				}
			}
		}
		return new CorpusRates(chain.size() - 1, fates, origins, keptFacts, factChanges);
	}

	private static Map<PairStatus, Long> counts() {
		Map<PairStatus, Long> counts = new EnumMap<>(PairStatus.class);
		for (PairStatus status : PairStatus.values()) {
			counts.put(status, Long.valueOf(0));
		}
		return counts;
	}

	/** The earlier statements whose fate was seen. */
	long earlier() {
		return sum(fates);
	}

	/** The later statements whose origin was seen. */
	long later() {
		return sum(origins);
	}

	/** The share of the earlier statements that met {@code status} (not NEW). */
	double fate(PairStatus status) {
		long earlier = earlier();
		return earlier == 0 ? 0 : fates.get(status).doubleValue() / earlier;
	}

	/** The share of the later statements that are new. */
	double newShare() {
		long later = later();
		return later == 0 ? 0 : origins.get(PairStatus.NEW).doubleValue() / later;
	}

	/**
	 * The share of statements without a counterpart, over both sides seen: the earlier statements
	 * that were dropped and the later ones that are new. A report that keeps its size replaces this
	 * share of its statements every year, so that both the dropped and the new share come to it.
	 */
	double turnover() {
		long seen = earlier() + later();
		return seen == 0 ? 0 : (fates.get(PairStatus.DROPPED).doubleValue() + origins.get(PairStatus.NEW).doubleValue()) / seen;
	}

	/** The share of the statements found again, seen from either side, that met {@code status}. */
	double shareOfKept(PairStatus status) {
		long kept = 0;
		for (PairStatus keptStatus : List.of(PairStatus.UNCHANGED, PairStatus.REWORDED, PairStatus.CHANGED, PairStatus.MOVED)) {
			kept += fates.get(keptStatus).longValue() + origins.get(keptStatus).longValue();
		}
		return kept == 0 ? 0 : (fates.get(status).doubleValue() + origins.get(status).doubleValue()) / kept;
	}

	/** Fact changes per fact of the statements found again. */
	double factChurn() {
		return keptFacts == 0 ? 0 : (double) factChanges / keptFacts;
	}

	/** One line: each share in percent, and the fact churn. */
	String describe() {
		return String.format(Locale.ROOT,
				"%d pairs; of %d earlier statements: unchanged %.1f%%, reworded %.1f%%, changed %.1f%%, moved %.1f%%, dropped %.1f%%;" //$NON-NLS-1$
						+ " of %d later statements new %.1f%%; replaced %.1f%%; of those found again: unchanged %.0f%%, reworded %.0f%%," //$NON-NLS-1$
						+ " changed %.0f%%, moved %.0f%%; fact churn %.1f%% of %d facts found again", //$NON-NLS-1$
				Integer.valueOf(pairs), Long.valueOf(earlier()), percent(fate(PairStatus.UNCHANGED)), percent(fate(PairStatus.REWORDED)),
				percent(fate(PairStatus.CHANGED)), percent(fate(PairStatus.MOVED)), percent(fate(PairStatus.DROPPED)), Long.valueOf(later()),
				percent(newShare()), percent(turnover()), percent(shareOfKept(PairStatus.UNCHANGED)), percent(shareOfKept(PairStatus.REWORDED)),
				percent(shareOfKept(PairStatus.CHANGED)), percent(shareOfKept(PairStatus.MOVED)), percent(factChurn()), Long.valueOf(keptFacts));
	}

	private static long sum(Map<PairStatus, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	private static Double percent(double share) {
		return Double.valueOf(100 * share);
	}
}
