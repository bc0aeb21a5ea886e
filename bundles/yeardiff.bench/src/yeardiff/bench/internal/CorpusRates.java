package yeardiff.bench.internal;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * How much a report changes from one year to the next, as the product's own comparison sees it:
 * the shares of the earlier report's statements that come back unchanged, reworded, changed (a fact
 * changed), moved or not at all (dropped), the new statements as a share of the earlier report's
 * statements, and the churn of facts (fact changes per fact of the earlier report). Counts are
 * pooled over all consecutive pairs of a chain of reports.
 *
 * @param pairs how many consecutive pairs were compared
 * @param statements the earlier reports' statements, pooled
 * @param facts the earlier reports' facts, pooled
 * @param replaced per pair the lesser of its new and its dropped statements, pooled: the statements
 *            one report replaced by others, apart from a change in the report's length (the real
 *            extractions lack pages, which makes one side of a pair much longer than the other)
 */
record CorpusRates(int pairs, long statements, long facts, Map<PairStatus, Long> counts, long factChanges, long replaced) {

	/** Compares each report of {@code chain} with the one before it. */
	static CorpusRates measure(List<Report> chain, ReportComparator comparator) {
		Map<PairStatus, Long> counts = new EnumMap<>(PairStatus.class);
		for (PairStatus status : PairStatus.values()) {
			counts.put(status, Long.valueOf(0));
		}
		long statements = 0;
		long facts = 0;
		long factChanges = 0;
		long replaced = 0;
		for (int i = 1; i < chain.size(); i++) {
			Report from = chain.get(i - 1);
			ReportComparison comparison = comparator.compare(from, chain.get(i));
			long added = 0;
			long dropped = 0;
			for (StatementPair pair : comparison.pairs()) {
				// a sentence split in two or two merged count once, as the pair they make
				counts.merge(pair.status(), Long.valueOf(1), Long::sum);
				factChanges += pair.factChanges().size();
				added += pair.status() == PairStatus.NEW ? 1 : 0;
				dropped += pair.status() == PairStatus.DROPPED ? 1 : 0;
			}
			replaced += Math.min(added, dropped);
			for (Iterator<EObject> contents = from.eAllContents(); contents.hasNext();) {
				EObject object = contents.next();
				if (object instanceof Statement) {
					statements++;
				} else if (object instanceof Fact) {
					facts++;
				}
			}
		}
		return new CorpusRates(chain.size() - 1, statements, facts, counts, factChanges, replaced);
	}

	/** The share of the earlier reports' statements that met {@code status} (for NEW: new statements per earlier statement). */
	double share(PairStatus status) {
		return statements == 0 ? 0 : counts.get(status).doubleValue() / statements;
	}

	/** The statements replaced by others (see {@code replaced}) per statement of the earlier reports. */
	double turnover() {
		return statements == 0 ? 0 : (double) replaced / statements;
	}

	/** The share of the statements found again (unchanged, reworded, changed or moved) that met {@code status}. */
	double shareOfKept(PairStatus status) {
		long kept = counts.get(PairStatus.UNCHANGED).longValue() + counts.get(PairStatus.REWORDED).longValue()
				+ counts.get(PairStatus.CHANGED).longValue() + counts.get(PairStatus.MOVED).longValue();
		return kept == 0 ? 0 : counts.get(status).doubleValue() / kept;
	}

	/** Fact changes per fact of the earlier reports. */
	double factChurn() {
		return facts == 0 ? 0 : (double) factChanges / facts;
	}

	/** One line: each share in percent, and the fact churn. */
	String describe() {
		return String.format(Locale.ROOT,
				"%d pairs, %d statements: unchanged %.1f%%, reworded %.1f%%, changed %.1f%%, moved %.1f%%, dropped %.1f%%, new %.1f%%, replaced %.1f%%;" //$NON-NLS-1$
						+ " of those found again: unchanged %.0f%%, reworded %.0f%%, changed %.0f%%, moved %.0f%%; fact churn %.1f%% of %d facts", //$NON-NLS-1$
				Integer.valueOf(pairs), Long.valueOf(statements), percent(PairStatus.UNCHANGED), percent(PairStatus.REWORDED),
				percent(PairStatus.CHANGED), percent(PairStatus.MOVED), percent(PairStatus.DROPPED), percent(PairStatus.NEW),
				Double.valueOf(100 * turnover()), kept(PairStatus.UNCHANGED), kept(PairStatus.REWORDED), kept(PairStatus.CHANGED),
				kept(PairStatus.MOVED), Double.valueOf(100 * factChurn()), Long.valueOf(facts));
	}

	private Double kept(PairStatus status) {
		return Double.valueOf(100 * shareOfKept(status));
	}

	private Double percent(PairStatus status) {
		return Double.valueOf(100 * share(status));
	}
}
