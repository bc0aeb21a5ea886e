package yeardiff.compare;

/**
 * How strictly statements are paired.
 *
 * @param threshold the least similarity (0..1) for two statements of the same partner to be paired
 * @param moveThreshold the least similarity for a statement to be paired with one in another
 *            partner's section (a move); higher, because such pairs are rarer
 */
public record ComparisonOptions(double threshold, double moveThreshold) {

	public static ComparisonOptions defaults() {
		return new ComparisonOptions(0.3, 0.5);
	}

	public ComparisonOptions withThreshold(double newThreshold) {
		return new ComparisonOptions(newThreshold, Math.max(newThreshold, moveThreshold));
	}
}
