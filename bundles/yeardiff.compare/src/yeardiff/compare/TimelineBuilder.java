package yeardiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yeardiff.compare.internal.ContentWords;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.api.TimeRef;

/**
 * Builds a partner's {@link Timeline}. Statements are followed from report to report through the
 * comparison's pairing, so a series is one subject restated year after year, whatever the words;
 * within it, a fact is followed by kind, unit and what it counts.
 */
public final class TimelineBuilder {

	private static final int LABEL_WORDS = 6;

	private final ReportComparator comparator;

	public TimelineBuilder(ReportComparator comparator) {
		this.comparator = comparator;
	}

	/**
	 * @param reports the reports, in any order (they are taken oldest first)
	 * @param partner the subject id
	 * @param kind "amount", "share", "count", "time", or null for all; without a kind, times are
	 *            only the ones after the report's own year (delivery years, not dates of events)
	 */
	public Timeline build(List<Report> reports, String partner, String kind) {
		List<Report> ordered = new ArrayList<>(reports);
		ordered.sort(Comparator.comparingInt(Report::getYear).thenComparing(r -> r.getDate() == null ? "" : r.getDate())); //$NON-NLS-1$
		Threads threads = new Threads();
		Map<Statement, Report> reportOf = new HashMap<>();
		List<Statement> inOrder = new ArrayList<>();
		Report previous = null;
		for (Report report : ordered) {
			ReportComparison comparison = comparator.compare(previous == null ? report : previous, report, partner);
			for (StatementPair pair : comparison.pairs()) {
				List<Statement> later = new ArrayList<>();
				if (pair.to() != null) {
					later.add(pair.to());
				}
				later.addAll(pair.alsoTo());
				for (Statement statement : later) {
					reportOf.put(statement, report);
					inOrder.add(statement);
					if (previous != null && pair.from() != null) {
						threads.join(pair.from(), statement);
					}
				}
			}
			previous = report;
		}
		Map<String, SeriesBuilder> series = new LinkedHashMap<>();
		for (Statement statement : inOrder) {
			Report report = reportOf.get(statement);
			for (Fact fact : statement.getFacts()) {
				if (!wanted(fact, kind, report)) {
					continue;
				}
				String counted = fact instanceof Count count && count.getCounted() != null ? ContentWords.fold(count.getCounted()) : ""; //$NON-NLS-1$
				String key = threads.root(statement).getId() + '|' + FactValues.kind(fact) + '|' + FactValues.unit(fact) + '|' + counted;
				series.computeIfAbsent(key, k -> new SeriesBuilder(fact, statement)).add(report, statement, fact);
			}
		}
		List<Timeline.Series> result = new ArrayList<>();
		for (SeriesBuilder builder : series.values()) {
			if (builder.points.size() >= 2 || kind != null) {
				result.add(builder.build());
			}
		}
		result.sort(Comparator.comparingInt((Timeline.Series s) -> -s.points().size()));
		return new Timeline(partner, result);
	}

	private static boolean wanted(Fact fact, String kind, Report report) {
		String factKind = FactValues.kind(fact);
		if (kind != null) {
			return kind.equals(factKind);
		}
		return !(fact instanceof TimeRef time) || time.getYear() > report.getYear();
	}

	private static final class SeriesBuilder {
		private final String kind;
		private final String unit;
		private final String label;
		private final Map<String, Timeline.Point> points = new LinkedHashMap<>();

		SeriesBuilder(Fact first, Statement statement) {
			kind = FactValues.kind(first);
			unit = FactValues.unit(first);
			label = first instanceof Count count && count.getCounted() != null ? count.getCounted() : label(statement, first);
		}

		void add(Report report, Statement statement, Fact fact) {
			points.putIfAbsent(report.getId(),
					new Timeline.Point(report.getId(), report.getYear(), FactValues.value(fact), statement.getId(), fact.getText()));
		}

		Timeline.Series build() {
			return new Timeline.Series(kind, unit, label, List.copyOf(points.values()));
		}

		/** The last few words before the fact: what it is the value of. */
		private static String label(Statement statement, Fact fact) {
			String before = statement.getText().substring(0, Math.max(0, Math.min(fact.getBegin(), statement.getText().length())));
			String[] words = before.strip().split("\\s+"); //$NON-NLS-1$
			int start = Math.max(0, words.length - LABEL_WORDS);
			String label = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)).strip(); //$NON-NLS-1$
			return label.isEmpty() ? fact.getText() : label;
		}
	}

	/** Statements joined across reports into threads (union-find over identity). */
	private static final class Threads {
		private final Map<Statement, Statement> parent = new HashMap<>();

		Statement root(Statement statement) {
			Statement current = statement;
			Statement next;
			while ((next = parent.get(current)) != null && next != current) {
				current = next;
			}
			return current;
		}

		void join(Statement earlier, Statement later) {
			Statement rootEarlier = root(earlier);
			Statement rootLater = root(later);
			if (rootEarlier != rootLater) {
				parent.put(rootLater, rootEarlier);
			}
		}
	}
}
