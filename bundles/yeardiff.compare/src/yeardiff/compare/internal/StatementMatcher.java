package yeardiff.compare.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one pairing of statements by similarity: the most similar pair first, then the next among
 * those left, down to a threshold. Among equally similar candidates the one nearest in relative
 * position wins, so repeated boilerplate pairs in order.
 */
public final class StatementMatcher {

	/** A pairing of the i-th statement of one list with the j-th of the other. */
	public record Match(int from, int to, double similarity) {
	}

	/** The likeness a sentence cut off by a missing page needs to be paired at all. */
	private static final double FRAGMENT_THRESHOLD = 0.5;

	private final WordWeights weights;

	public StatementMatcher(WordWeights weights) {
		this.weights = weights;
	}

	public double similarity(StatementProfile a, StatementProfile b) {
		return a.similarity(b, weights);
	}

	/**
	 * Pairs {@code from} with {@code to}, skipping indexes already taken.
	 */
	public List<Match> match(List<StatementProfile> from, List<StatementProfile> to, double threshold, boolean[] takenFrom,
			boolean[] takenTo) {
		return match(from, to, threshold, takenFrom, takenTo, false);
	}

	/**
	 * Like {@link #match(List, List, double, boolean[], boolean[])}, but when {@code quantitiesOnly}
	 * only between statements that state the same kind of quantity (see
	 * {@link StatementProfile#sharesQuantity(StatementProfile)}).
	 */
	public List<Match> match(List<StatementProfile> from, List<StatementProfile> to, double threshold, boolean[] takenFrom,
			boolean[] takenTo, boolean quantitiesOnly) {
		List<Match> candidates = new ArrayList<>();
		for (int i = 0; i < from.size(); i++) {
			if (takenFrom[i]) {
				continue;
			}
			for (int j = 0; j < to.size(); j++) {
				if (takenTo[j]) {
					continue;
				}
				if (quantitiesOnly && !from.get(i).sharesQuantity(to.get(j))) {
					continue;
				}
				double similarity = similarity(from.get(i), to.get(j));
				double needed = from.get(i).fragment() || to.get(j).fragment() ? Math.max(threshold, FRAGMENT_THRESHOLD) : threshold;
				if (similarity >= needed) {
					candidates.add(new Match(i, j, similarity));
				}
			}
		}
		double fromSize = Math.max(1, from.size());
		double toSize = Math.max(1, to.size());
		candidates.sort(Comparator.comparingDouble(Match::similarity).reversed()
				.thenComparingDouble(m -> Math.abs(m.from() / fromSize - m.to() / toSize)));
		List<Match> matches = new ArrayList<>();
		for (Match candidate : candidates) {
			if (!takenFrom[candidate.from()] && !takenTo[candidate.to()]) {
				takenFrom[candidate.from()] = true;
				takenTo[candidate.to()] = true;
				matches.add(candidate);
			}
		}
		return matches;
	}

	/**
	 * The matches that keep the order of both lists (a longest increasing subsequence of the later
	 * positions, taken in the order of the earlier ones); the others were moved.
	 */
	public static boolean[] inOrder(List<Match> matches) {
		List<Match> sorted = new ArrayList<>(matches);
		sorted.sort(Comparator.comparingInt(Match::from));
		int n = sorted.size();
		int[] tails = new int[n];
		int[] previous = new int[n];
		int length = 0;
		for (int i = 0; i < n; i++) {
			int to = sorted.get(i).to();
			int low = 0;
			int high = length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (sorted.get(tails[middle]).to() < to) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			previous[i] = low > 0 ? tails[low - 1] : -1;
			tails[low] = i;
			length = Math.max(length, low + 1);
		}
		boolean[] keep = new boolean[n];
		for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
			keep[i] = true;
		}
		boolean[] inOrder = new boolean[matches.size()];
		Arrays.fill(inOrder, false);
		for (int i = 0; i < n; i++) {
			if (keep[i]) {
				inOrder[matches.indexOf(sorted.get(i))] = true;
			}
		}
		return inOrder;
	}
}
