package yeardiff.bench.internal;

/**
 * One benchmark's result: the ratio of the measure to its baseline, what it was computed from, and
 * the goal the architecture sets for it.
 *
 * @param name the figure's name in the JSON output, e.g. {@code import_vs_textstripper}
 * @param ratio measure / baseline
 * @param detail the two sides in their units, e.g. {@code 412.3 ms / 339.6 ms}
 * @param goal the largest ratio the goal allows
 */
public record Figure(String name, double ratio, String detail, double goal) {

	public boolean meetsGoal() {
		return ratio <= goal;
	}
}
