package yeardiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import yeardiff.compare.internal.MeasureGroups;
import yeardiff.compare.internal.MeasureGroups.Group;
import yeardiff.compare.internal.MeasureNames;
import yeardiff.compare.internal.PartnerUnit;
import yeardiff.extract.FactMeasures;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Measure;
import yeardiff.model.api.MeasureKind;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.util.ReportOrder;

/**
 * Builds a partner's {@link Timeline}: one series per measure (see {@link FactMeasures}), named for
 * what it measures, whatever words the letters put around the number; each point is the value one
 * report gives for one period, so a budget the 2019 letter gives for 2020 stands at 2020, and the
 * 2020 letter's figure for 2020 is a revision of that point. Values for fiscal years form series of
 * their own: a timeline's axis is calendar years or fiscal years.
 */
public final class TimelineBuilder {

	private final ReportComparator comparator;

	/**
	 * @param comparator the comparison whose subject registry says which sections answer for a
	 *            partner (a composite such as "België en Luxemburg" for België)
	 */
	public TimelineBuilder(ReportComparator comparator) {
		this.comparator = comparator;
	}

	/**
	 * @param reports the reports, in any order (they are taken oldest first)
	 * @param partner the subject id
	 * @param kind "amount", "share", "count", "time", or null for all; only values that measure
	 *            something are shown (not the dates of events)
	 */
	public Timeline build(List<Report> reports, String partner, String kind) {
		List<Report> ordered = ReportOrder.sorted(reports);
		MeasureGroups<Value> groups = new MeasureGroups<>(true);
		for (int order = 0; order < ordered.size(); order++) {
			Report report = ordered.get(order);
			for (PartnerUnit unit : PartnerUnit.of(report)) {
				if (!Partners.covers(comparator.registry(), unit.key(), partner)) {
					continue;
				}
				for (Statement statement : unit.statements()) {
					for (Fact fact : statement.getFacts()) {
						Measure measure = FactMeasures.of(fact);
						if (measure.getKind() != MeasureKind.OTHER && (kind == null || kind.equals(FactValues.kind(fact)))) {
							groups.add(measure, FactValues.unit(fact), new Value(order, report, statement, fact, measure));
						}
					}
				}
			}
		}
		List<Timeline.Series> result = new ArrayList<>();
		// a measure stated once is still the partner's figure for its period: every measure is a series
		for (Group<Value> group : groups.groups()) {
			result.add(series(group));
		}
		// what readers look for first: the budget, its changes, the share of GDP, ...; then the longest
		result.sort(Comparator.comparingInt((Timeline.Series s) -> MeasureKind.get(s.measure().split(":", 2)[0]).getValue()) //$NON-NLS-1$
				.thenComparingInt(s -> -s.points().size()));
		return new Timeline(partner, result);
	}

	private static Timeline.Series series(Group<Value> group) {
		List<Value> values = new ArrayList<>(group.members());
		values.sort(Comparator.comparingInt((Value v) -> FactMeasures.lastYear(v.measure()))
				.thenComparing(v -> Objects.requireNonNullElse(FactMeasures.period(v.measure()), "")) //$NON-NLS-1$
				.thenComparingInt(Value::order));
		List<Timeline.Point> points = new ArrayList<>();
		Set<String> repeated = new HashSet<>();
		Set<String> periodsSeen = new HashSet<>();
		for (Value value : values) {
			String period = FactMeasures.period(value.measure());
			double number = FactValues.value(value.fact());
			// one letter stating one figure for one period twice is one point
			if (!repeated.add(value.report().getId() + '|' + period + '|' + number)) {
				continue;
			}
			boolean revision = !periodsSeen.add(String.valueOf(period)) && earlierReportGave(points, period, value.report());
			points.add(new Timeline.Point(value.report().getId(), value.report().getYear(), number, value.statement().getId(),
					value.fact().getText(), period, revision));
		}
		Value first = values.get(0);
		String measure = group.subject() == null ? group.kind().getLiteral() : group.kind().getLiteral() + ':' + group.subject();
		return new Timeline.Series(FactValues.kind(first.fact()), group.unit(),
				MeasureNames.of(group.kind(), group.subject(), group.unit(), group.fiscal()), List.copyOf(points), measure);
	}

	private static boolean earlierReportGave(List<Timeline.Point> points, String period, Report report) {
		return points.stream().anyMatch(point -> Objects.equals(point.period(), period) && !point.report().equals(report.getId()));
	}

	private record Value(int order, Report report, Statement statement, Fact fact, Measure measure) {
	}
}
