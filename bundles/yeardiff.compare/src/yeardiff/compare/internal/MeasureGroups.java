package yeardiff.compare.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import yeardiff.model.api.Measure;
import yeardiff.model.api.MeasureKind;
import yeardiff.model.api.PeriodKind;

/**
 * Puts values that measure the same thing into one group across reports: same kind, same unit,
 * and subjects that name the same thing however the letters write it ("Enhanced Forward
 * Presence" and "enhanced Forward Presence (eFP)", "F-35" and "Nederlandse F-35"): equal after
 * folding, or the words of one contained in the other's. The comparison's fact moves and the
 * timelines group by this one rule.
 */
public final class MeasureGroups<T> {

	/** One measured thing and the values of it found so far. */
	public static final class Group<T> {
		private final MeasureKind kind;
		private final String unit;
		private final boolean fiscal;
		private final Set<String> words;
		private final String subject;
		private final List<T> members = new ArrayList<>();

		Group(MeasureKind kind, String unit, boolean fiscal, String subject) {
			this.kind = kind;
			this.unit = unit;
			this.fiscal = fiscal;
			this.subject = subject;
			this.words = words(subject);
		}

		public MeasureKind kind() {
			return kind;
		}

		public String unit() {
			return unit;
		}

		/** Whether the group holds values for fiscal years (timelines keep them apart from calendar years). */
		public boolean fiscal() {
			return fiscal;
		}

		/** The subject as first written, or null for the section's partner. */
		public String subject() {
			return subject;
		}

		public List<T> members() {
			return members;
		}

		boolean accepts(MeasureKind otherKind, String otherUnit, boolean otherFiscal, Set<String> otherWords) {
			if (kind != otherKind || fiscal != otherFiscal || !String.valueOf(unit).equals(String.valueOf(otherUnit))) {
				return false;
			}
			if (words.isEmpty() || otherWords.isEmpty()) {
				return words.isEmpty() && otherWords.isEmpty();
			}
			return words.containsAll(otherWords) || otherWords.containsAll(words);
		}
	}

	private final boolean splitFiscal;
	private final List<Group<T>> groups = new ArrayList<>();

	/**
	 * @param splitFiscal whether values for fiscal years form groups of their own (a timeline's
	 *            axis is calendar years or fiscal years, not both)
	 */
	public MeasureGroups(boolean splitFiscal) {
		this.splitFiscal = splitFiscal;
	}

	/** Adds a value of {@code measure} in {@code unit} to its group, making the group when it is the first. */
	public Group<T> add(Measure measure, String unit, T member) {
		boolean fiscal = splitFiscal && measure.getPeriod() != null && measure.getPeriod().getKind() == PeriodKind.FISCAL_YEAR;
		Set<String> words = words(measure.getSubject());
		Group<T> group = groups.stream().filter(g -> g.accepts(measure.getKind(), unit, fiscal, words)).findFirst().orElse(null);
		if (group == null) {
			group = new Group<>(measure.getKind(), unit, fiscal, measure.getSubject());
			groups.add(group);
		}
		group.members.add(member);
		return group;
	}

	/** The groups in the order their first value was added. */
	public List<Group<T>> groups() {
		return groups;
	}

	private static Set<String> words(String subject) {
		if (subject == null) {
			return Set.of();
		}
		Set<String> words = new HashSet<>(Arrays.asList(ContentWords.fold(subject).split("[^\\p{L}\\d]+"))); //$NON-NLS-1$
		words.remove(""); //$NON-NLS-1$
		return words;
	}
}
