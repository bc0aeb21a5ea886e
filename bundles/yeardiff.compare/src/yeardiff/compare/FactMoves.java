package yeardiff.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import yeardiff.compare.FactMove.MeasureValue;
import yeardiff.compare.internal.MeasureGroups;
import yeardiff.compare.internal.MeasureGroups.Group;
import yeardiff.compare.internal.MeasureNames;
import yeardiff.extract.FactMeasures;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Measure;
import yeardiff.model.api.MeasureKind;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * Which numbers moved between two reports of one partner: every measure (see
 * {@link FactMeasures}) whose value differs, read from all statements of the partner on each side,
 * paired or not. Within one measure, values are matched in three steps:
 * <ol>
 * <li>the value each report gives for its own time (the period that includes the report's year:
 * the budget "in 2019" of the 2019 letter, "in 2020" of the 2020 letter): the headline move;</li>
 * <li>values for the same period in both ("stijgt in 2020 naar £ 41,3 miljard" in 2019, "het
 * huidige defensiebudget van £ 41,5 miljard" in 2020): a revision;</li>
 * <li>forecasts and targets left over (periods after the report's year), each with the other
 * report's forecast nearest in time ("1,19% in 2023 en 2024" → "1,24% in 2025").</li>
 * </ol>
 * A measure only one report gives is a move from or to nothing, except counts of things
 * ({@link MeasureKind#QUANTITY}), which letters give in passing.
 */
public final class FactMoves {

	private FactMoves() {
	}

	/** The moves of one partner's comparison: its pairs hold every statement of both sides. */
	public static List<FactMove> of(SectionComparison section) {
		Set<Statement> from = new LinkedHashSet<>();
		Set<Statement> to = new LinkedHashSet<>();
		for (StatementPair pair : section.pairs()) {
			if (pair.from() != null) {
				from.add(pair.from());
			}
			from.addAll(pair.alsoFrom());
			if (pair.to() != null) {
				to.add(pair.to());
			}
			to.addAll(pair.alsoTo());
		}
		return of(List.copyOf(from), List.copyOf(to));
	}

	/**
	 * The moves between two sets of statements, each all of one report (their report's year read
	 * from the model).
	 */
	public static List<FactMove> of(List<Statement> from, List<Statement> to) {
		MeasureGroups<Value> groups = new MeasureGroups<>(false);
		collect(from, true, groups);
		collect(to, false, groups);
		int fromYear = year(from);
		int toYear = year(to);
		List<FactMove> moves = new ArrayList<>();
		List<Group<Value>> ordered = new ArrayList<>(groups.groups());
		ordered.sort(Comparator.comparingInt(group -> group.kind().getValue()));
		for (Group<Value> group : ordered) {
			List<Value> earlier = distinct(group.members().stream().filter(Value::earlier).toList());
			List<Value> later = distinct(group.members().stream().filter(value -> !value.earlier()).toList());
			if (earlier.isEmpty() || later.isEmpty()) {
				if (group.kind() != MeasureKind.QUANTITY) {
					Value only = current(earlier.isEmpty() ? later : earlier, earlier.isEmpty() ? toYear : fromYear);
					moves.add(move(group, earlier.isEmpty() ? null : only, earlier.isEmpty() ? only : null));
				}
				continue;
			}
			match(group, earlier, later, fromYear, toYear, moves);
		}
		return moves;
	}

	private static void match(Group<Value> group, List<Value> earlier, List<Value> later, int fromYear, int toYear, List<FactMove> moves) {
		Set<Value> used = new HashSet<>();
		Set<String> said = new HashSet<>();
		Value fromNow = current(earlier, fromYear);
		Value toNow = current(later, toYear);
		if (fromNow != null && toNow != null) {
			add(group, fromNow, toNow, moves, said);
			used.add(fromNow);
			used.add(toNow);
		}
		Set<Value> revised = new HashSet<>();
		for (Value value : earlier) {
			for (Value restated : later) {
				if (value.period().equals(restated.period()) && !revised.contains(restated) && !(used.contains(value) && used.contains(restated))) {
					add(group, value, restated, moves, said);
					used.add(value);
					used.add(restated);
					revised.add(restated);
					break;
				}
			}
		}
		List<Value> earlierForecasts = new ArrayList<>(earlier.stream().filter(v -> !used.contains(v) && v.lastYear() > fromYear).toList());
		for (Value forecast : later.stream().filter(v -> !used.contains(v) && v.lastYear() > toYear).toList()) {
			Value nearest = earlierForecasts.stream().min(Comparator.comparingInt(v -> Math.abs(v.lastYear() - forecast.lastYear()))).orElse(null);
			if (nearest != null) {
				add(group, nearest, forecast, moves, said);
				earlierForecasts.remove(nearest);
			}
		}
	}

	/** Adds the move when the value changed and the same move is not there yet. */
	private static void add(Group<Value> group, Value from, Value to, List<FactMove> moves, Set<String> said) {
		if (from.value() == to.value()) {
			// the same figure, for the same period or a later one: the measure did not move
			return;
		}
		if (said.add(from.statementId() + '|' + from.text() + '|' + to.statementId() + '|' + to.text())) {
			moves.add(move(group, from, to));
		}
	}

	private static FactMove move(Group<Value> group, Value from, Value to) {
		Value any = from != null ? from : to;
		String measure = group.subject() == null ? group.kind().getLiteral() : group.kind().getLiteral() + ':' + group.subject();
		return new FactMove(measure, MeasureNames.of(group.kind(), group.subject(), group.unit(), false), any.kind(), group.unit(),
				from == null ? null : from.toMeasureValue(), to == null ? null : to.toMeasureValue(),
				from == null || to == null ? 0 : difference(from.value(), to.value()));
	}

	/** {@code to - from} in decimal, so that 4,76 miljard - 4,9 miljard is -140 miljoen exactly. */
	private static double difference(double from, double to) {
		return BigDecimal.valueOf(to).subtract(BigDecimal.valueOf(from)).doubleValue();
	}

	/**
	 * The value a report gives for its own time: of the values whose period includes the report's
	 * year the one stated first; else the latest one before it; else the first.
	 */
	private static Value current(List<Value> values, int reportYear) {
		for (Value value : values) {
			if (value.covers(reportYear)) {
				return value;
			}
		}
		return values.stream().filter(v -> v.lastYear() < reportYear).max(Comparator.comparingInt(Value::lastYear))
				.orElse(values.isEmpty() ? null : values.get(0));
	}

	/** The values without repeats of one figure for one period (a letter may state it twice). */
	private static List<Value> distinct(List<Value> values) {
		List<Value> kept = new ArrayList<>();
		for (Value value : values) {
			if (kept.stream().noneMatch(k -> k.value() == value.value() && k.period().equals(value.period()))) {
				kept.add(value);
			}
		}
		return kept;
	}

	private static void collect(List<Statement> statements, boolean earlier, MeasureGroups<Value> groups) {
		for (Statement statement : statements) {
			for (Fact fact : statement.getFacts()) {
				Measure measure = FactMeasures.of(fact);
				if (measure.getKind() != MeasureKind.OTHER) {
					String unit = FactValues.unit(fact);
					groups.add(measure, unit, new Value(earlier, FactValues.kind(fact), FactValues.value(fact),
							Objects.requireNonNullElse(FactMeasures.period(measure), ""), FactMeasures.lastYear(measure), //$NON-NLS-1$
							measure, statement.getId(), fact.getText()));
				}
			}
		}
	}

	private static int year(List<Statement> statements) {
		for (Statement statement : statements) {
			for (EObject container = statement.eContainer(); container != null; container = container.eContainer()) {
				if (container instanceof Report report) {
					return report.getYear();
				}
			}
		}
		return 0;
	}

	private record Value(boolean earlier, String kind, double value, String period, int lastYear, Measure measure, String statementId,
			String text) {

		boolean covers(int year) {
			return FactMeasures.covers(measure, year);
		}

		MeasureValue toMeasureValue() {
			return new MeasureValue(value, period, statementId, text);
		}
	}
}
