package yeardiff.draft.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.StatementPair;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.api.Statement;
import yeardiff.model.api.TimeRef;
import yeardiff.model.util.ReportOrder;

/**
 * How long a statement's values have stood unchanged. The statement is followed back report by
 * report through the comparison of each yearly report with the one before it — the same pairing
 * the compare editor shows, so rewordings, moves and splits are followed too — for as long as the
 * earlier statement states the same value.
 *
 * <p>Amounts, shares and counts (of the same thing) are followed; years are not: a year names when something happened
 * and does not go out of date by being repeated (commitments due in a year are the business of the
 * time checks).</p>
 *
 * <p>Comparisons are made when first needed and kept, so one instance serves all statements of a
 * draft.</p>
 */
public final class FactLineage {

	private final ReportComparator comparator;
	private final List<Report> chain = new ArrayList<>();
	private final Map<Integer, Map<Statement, StatementPair>> steps = new HashMap<>();

	/**
	 * @param base the report the draft was started from
	 * @param history the reports to follow statements back through; of them the yearly reports
	 *            before {@code base} are used, newest first
	 */
	public FactLineage(ReportComparator comparator, Report base, List<Report> history) {
		this.comparator = comparator;
		chain.add(base);
		history.stream()
				.filter(report -> report != base && report.getKind() == ReportKind.YEARLY && ReportOrder.REPORTS.compare(report, base) < 0)
				.sorted(ReportOrder.REPORTS.reversed())
				.forEach(chain::add);
	}

	/**
	 * A value and the unbroken run of reports, newest first, that state it.
	 *
	 * @param fact the draft statement's fact
	 * @param since the id of the oldest report of the run
	 * @param reports how many reports the run holds, the base included
	 */
	public record Run(Fact fact, String since, int reports) {
	}

	/**
	 * The runs of the amounts, shares and counts of {@code statement} that its origin in the base
	 * report states as well; a value the editor has already changed has no run.
	 */
	public List<Run> runs(Statement statement, Statement origin) {
		List<Run> runs = new ArrayList<>();
		for (Fact fact : statement.getFacts()) {
			if (fact instanceof TimeRef || !states(origin, fact)) {
				continue;
			}
			Statement holder = origin;
			int reports = 1;
			String since = chain.get(0).getId();
			for (int step = 0; step + 1 < chain.size(); step++) {
				StatementPair pair = pairsInto(step).get(holder);
				Statement earlier = pair == null || pair.from() == null ? null
						: Stream.concat(Stream.of(pair.from()), pair.alsoFrom().stream()).filter(candidate -> states(candidate, fact))
								.findFirst().orElse(null);
				if (earlier == null) {
					break;
				}
				holder = earlier;
				reports++;
				since = chain.get(step + 1).getId();
			}
			runs.add(new Run(fact, since, reports));
		}
		return runs;
	}

	/** The pairs of the comparison of report {@code step + 1} of the chain with report {@code step}, by later statement. */
	private Map<Statement, StatementPair> pairsInto(int step) {
		return steps.computeIfAbsent(Integer.valueOf(step), key -> {
			ReportComparison comparison = comparator.compare(chain.get(step + 1), chain.get(step));
			Map<Statement, StatementPair> byLater = new HashMap<>();
			for (StatementPair pair : comparison.pairs()) {
				if (pair.to() != null) {
					byLater.put(pair.to(), pair);
					pair.alsoTo().forEach(part -> byLater.put(part, pair));
				}
			}
			return byLater;
		});
	}

	/** Whether the statement states the value: same kind, unit, number and, for a count, the same thing counted. */
	private static boolean states(Statement statement, Fact value) {
		return statement.getFacts().stream().anyMatch(fact -> !(fact instanceof TimeRef)
				&& FactValues.kind(fact).equals(FactValues.kind(value))
				&& Objects.equals(FactValues.unit(fact), FactValues.unit(value))
				&& Double.compare(FactValues.value(fact), FactValues.value(value)) == 0
				&& Objects.equals(counted(fact), counted(value)));
	}

	private static String counted(Fact fact) {
		return fact instanceof Count count && count.getCounted() != null ? count.getCounted().toLowerCase(Locale.ROOT) : null;
	}
}
