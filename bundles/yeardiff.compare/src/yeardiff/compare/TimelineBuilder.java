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
import yeardiff.model.util.ReportOrder;

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
		List<Report> ordered = ReportOrder.sorted(reports);
		Threads threads = new Threads();
		Map<Statement, Report> reportOf = new HashMap<>();
		List<Statement> inOrder = new ArrayList<>();
		Report previous = null;
		for (Report report : ordered) {
			ReportComparison comparison = comparator.compareWithin(previous == null ? report : previous, report, partner);
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
		// A statement may state several values of one dimension ("£39,5 miljard ... stijgt naar £ 41,3
		// miljard"): each value joins the track of the thread whose last value is nearest.
		Map<String, List<SeriesBuilder>> tracks = new LinkedHashMap<>();
		for (Statement statement : inOrder) {
			Report report = reportOf.get(statement);
			Map<String, List<Fact>> byDimension = new LinkedHashMap<>();
			for (Fact fact : statement.getFacts()) {
				if (wanted(fact, kind, report)) {
					String counted = fact instanceof Count count && count.getCounted() != null ? ContentWords.fold(count.getCounted()) : ""; //$NON-NLS-1$
					String key = threads.root(statement).getId() + '|' + FactValues.kind(fact) + '|' + FactValues.unit(fact) + '|' + counted;
					byDimension.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
				}
			}
			byDimension.forEach((key, facts) -> assign(tracks.computeIfAbsent(key, k -> new ArrayList<>()), report, statement, facts));
		}
		List<SeriesBuilder> all = new ArrayList<>();
		tracks.values().forEach(all::addAll);
		List<Timeline.Series> result = new ArrayList<>();
		for (SeriesBuilder builder : all) {
			if (builder.points.size() >= 2 || kind != null) {
				result.add(builder.build());
			}
		}
		result.sort(Comparator.comparingInt((Timeline.Series s) -> -s.points().size()));
		return new Timeline(partner, result);
	}

	private static void assign(List<SeriesBuilder> tracks, Report report, Statement statement, List<Fact> facts) {
		List<Fact> left = new ArrayList<>(facts);
		List<SeriesBuilder> open = new ArrayList<>(tracks.stream().filter(track -> !track.has(report)).toList());
		while (!left.isEmpty() && !open.isEmpty()) {
			Fact bestFact = null;
			SeriesBuilder bestTrack = null;
			double best = Double.MAX_VALUE;
			for (Fact fact : left) {
				for (SeriesBuilder track : open) {
					double distance = Math.abs(track.last() - FactValues.value(fact));
					if (distance < best) {
						best = distance;
						bestFact = fact;
						bestTrack = track;
					}
				}
			}
			bestTrack.add(report, statement, bestFact);
			left.remove(bestFact);
			open.remove(bestTrack);
		}
		for (Fact fact : left) {
			SeriesBuilder track = new SeriesBuilder(fact, statement);
			track.add(report, statement, fact);
			tracks.add(track);
		}
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

		boolean has(Report report) {
			return points.containsKey(report.getId());
		}

		double last() {
			List<Timeline.Point> values = new ArrayList<>(points.values());
			return values.get(values.size() - 1).value();
		}

		void add(Report report, Statement statement, Fact fact) {
			points.putIfAbsent(report.getId(),
					new Timeline.Point(report.getId(), report.getYear(), FactValues.value(fact), statement.getId(), fact.getText()));
		}

		Timeline.Series build() {
			return new Timeline.Series(kind, unit, label, List.copyOf(points.values()));
		}

		/**
		 * What the fact is the value of: the defence budget or the share of GDP when the statement
		 * says so (the series readers look for first), else the words just before the fact.
		 */
		private static String label(Statement statement, Fact fact) {
			String text = ContentWords.fold(statement.getText());
			boolean budget = text.contains("budget") || text.contains("begroting") || text.contains("uitgaven"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String kind = FactValues.kind(fact);
			if ("share".equals(kind) && (text.contains("bbp") || text.contains("binnenlands product"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return budget ? "defensie-uitgaven als aandeel van het BBP" : "aandeel van het BBP"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			if ("amount".equals(kind) && budget) { //$NON-NLS-1$
				return "defensiebudget (" + FactValues.unit(fact) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			String before = statement.getText().substring(0, Math.max(0, Math.min(fact.getBegin(), statement.getText().length())));
			int clause = Math.max(Math.max(before.lastIndexOf('('), before.lastIndexOf(')')), before.lastIndexOf(','));
			String[] words = before.substring(clause + 1).strip().split("\\s+"); //$NON-NLS-1$
			if (words.length < 2) {
				// "(ongeveer €46,2 miljard": the clause says too little; take the words before it.
				words = before.replace('(', ' ').replace(')', ' ').strip().split("\\s+"); //$NON-NLS-1$
			}
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
