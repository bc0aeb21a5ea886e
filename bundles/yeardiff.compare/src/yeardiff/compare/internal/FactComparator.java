package yeardiff.compare.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yeardiff.compare.FactChange;
import yeardiff.compare.FactValue;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Statement;
import yeardiff.model.api.TimeRef;

/**
 * Compares the facts of two aligned statements by value, not by words: "€ 1,2 miljard" equals
 * "1.200 miljoen euro", "ongeveer 270 militairen" equals "circa 270 militairen". Facts are compared
 * within one dimension (kind, unit, what is counted); equal values pair first, the rest in order.
 * A year that is each report's own year ("in 2019" in the 2019 report, "in 2020" in the 2020
 * report) is the same time seen from each year, not a change.
 */
public final class FactComparator {

	private static final double RELATIVE_TOLERANCE = 1e-9;

	private final int fromYear;
	private final int toYear;

	public FactComparator(int fromYear, int toYear) {
		this.fromYear = fromYear;
		this.toYear = toYear;
	}

	public List<FactChange> compare(List<Statement> from, List<Statement> to) {
		Map<String, List<Fact>> fromFacts = byDimension(from);
		Map<String, List<Fact>> toFacts = byDimension(to);
		List<FactChange> changes = new ArrayList<>();
		for (Map.Entry<String, List<Fact>> entry : fromFacts.entrySet()) {
			compareDimension(entry.getValue(), toFacts.getOrDefault(entry.getKey(), List.of()), changes);
		}
		for (Map.Entry<String, List<Fact>> entry : toFacts.entrySet()) {
			if (!fromFacts.containsKey(entry.getKey())) {
				compareDimension(List.of(), entry.getValue(), changes);
			}
		}
		return changes;
	}

	/** Whether the commitment of a statement changed: appeared, disappeared, or moved its due time. */
	public boolean commitmentChanged(List<Statement> from, List<Statement> to) {
		Commitment before = commitment(from);
		Commitment after = commitment(to);
		if (before == null || after == null) {
			return before != after;
		}
		TimeRef dueBefore = before.getDue();
		TimeRef dueAfter = after.getDue();
		if (dueBefore == null || dueAfter == null) {
			return dueBefore != dueAfter;
		}
		return !sameTime(dueBefore, dueAfter);
	}

	private static Commitment commitment(List<Statement> statements) {
		return statements.stream().map(Statement::getCommitment).filter(c -> c != null).findFirst().orElse(null);
	}

	private void compareDimension(List<Fact> from, List<Fact> to, List<FactChange> changes) {
		List<Fact> unmatchedTo = new ArrayList<>(to);
		List<Fact> unmatchedFrom = new ArrayList<>();
		for (Fact fact : from) {
			Fact equal = unmatchedTo.stream().filter(candidate -> same(fact, candidate)).findFirst().orElse(null);
			if (equal == null) {
				unmatchedFrom.add(fact);
			} else {
				unmatchedTo.remove(equal);
			}
		}
		// What is left pairs by nearness of value: "£ 41,3 miljard" in 2019 continues as "£ 41,5
		// miljard" in 2020 rather than the "£39,5 miljard" written before it.
		while (!unmatchedFrom.isEmpty() && !unmatchedTo.isEmpty()) {
			Fact bestFrom = null;
			Fact bestTo = null;
			double bestDistance = Double.MAX_VALUE;
			for (Fact before : unmatchedFrom) {
				for (Fact after : unmatchedTo) {
					double distance = distance(FactValues.value(before), FactValues.value(after));
					if (distance < bestDistance) {
						bestDistance = distance;
						bestFrom = before;
						bestTo = after;
					}
				}
			}
			unmatchedFrom.remove(bestFrom);
			unmatchedTo.remove(bestTo);
			changes.add(new FactChange(FactValues.kind(bestFrom), FactValue.of(bestFrom), FactValue.of(bestTo),
					FactValues.value(bestTo) - FactValues.value(bestFrom)));
		}
		for (Fact removed : unmatchedFrom) {
			changes.add(new FactChange(FactValues.kind(removed), FactValue.of(removed), null, 0));
		}
		for (Fact added : unmatchedTo) {
			changes.add(new FactChange(FactValues.kind(added), null, FactValue.of(added), 0));
		}
	}

	private static double distance(double a, double b) {
		double scale = Math.max(Math.abs(a), Math.abs(b));
		return scale == 0 ? 0 : Math.abs(a - b) / scale;
	}

	private boolean same(Fact before, Fact after) {
		if (before instanceof TimeRef timeBefore && after instanceof TimeRef timeAfter) {
			boolean ownYears = timeBefore.getYear() == fromYear && timeAfter.getYear() == toYear
					&& timeBefore.getPrecision() == timeAfter.getPrecision() && timeBefore.getEndYear() == 0
					&& timeAfter.getEndYear() == 0 && fromYear != toYear;
			return ownYears || sameTime(timeBefore, timeAfter);
		}
		double a = FactValues.value(before);
		double b = FactValues.value(after);
		return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
	}

	private static boolean sameTime(TimeRef a, TimeRef b) {
		return a.getPrecision() == b.getPrecision() && a.getYear() == b.getYear() && a.getEndYear() == b.getEndYear()
				&& a.getMonth() == b.getMonth() && a.getDay() == b.getDay() && a.getQuarter() == b.getQuarter();
	}

	private static Map<String, List<Fact>> byDimension(List<Statement> statements) {
		Map<String, List<Fact>> dimensions = new LinkedHashMap<>();
		for (Statement statement : statements) {
			for (Fact fact : statement.getFacts()) {
				String counted = fact instanceof Count count && count.getCounted() != null ? '/' + ContentWords.fold(count.getCounted()) : ""; //$NON-NLS-1$
				String dimension = FactValues.kind(fact) + ':' + FactValues.unit(fact) + counted;
				dimensions.computeIfAbsent(dimension, key -> new ArrayList<>()).add(fact);
			}
		}
		return dimensions;
	}
}
