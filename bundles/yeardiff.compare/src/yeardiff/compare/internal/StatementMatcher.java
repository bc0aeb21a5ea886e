package yeardiff.compare.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one pairing of statements by what they are about, solved globally: the pairing with the
 * greatest summed similarity (a maximum-weight assignment), not the one a first-come walk finds.
 */
public final class StatementMatcher {

	/** A pairing of the i-th statement of one list with the j-th of the other. */
	public record Match(int from, int to, double similarity, double confidence) {
	}

	/** The likeness a sentence cut off by a missing page needs to be paired at all. */
	private static final double FRAGMENT_THRESHOLD = 0.5;
	/** How much the likeness of the rare words and names counts beside the likeness of all words. */
	static final double SUBJECT_SHARE = 1.2;
	/** How much keeping its place in the section adds to a pair: enough to break ties, not to make a pair. */
	private static final double PLACE_SHARE = 0.01;
	/** What a statement adds that names the month a commitment of the other was due. */
	private static final double DUE_TIME_SHARE = 0.2;
	/**
	 * What a statement adds that gives a measure of the other a nearby value (the same partner's
	 * budget, share of GDP, a programme's delivery year): a subject of its own, not a pair alone.
	 */
	private static final double MEASURE_SHARE = 0.15;
	/** What a pair exactly at its bar still adds, so that it is made when nothing competes for it. */
	private static final double MARGIN = 0.02;
	/** The similarity from which a pair is as sure as the words can make it. */
	private static final double CERTAIN_SIMILARITY = 0.6;

	private final WordWeights weights;
	/**
	 * The similarities measured so far: a comparison asks for the same two statements in each of its
	 * passes (within a section, moves, quantities, places, leftovers). A matcher serves one comparison.
	 */
	private final java.util.Map<StatementProfile, java.util.Map<StatementProfile, Double>> similarities = new java.util.IdentityHashMap<>();

	public StatementMatcher(WordWeights weights) {
		this.weights = weights;
	}

	/**
	 * How likely the two statements speak of the same subject: their weighted word likeness, or
	 * the likeness of what carries their subject (rare words and names, see
	 * {@link StatementProfile#subjectSimilarity(StatementProfile, WordWeights)}) when that is
	 * stronger — a sentence the ministry rewrote keeps its programme, place and acronym, not its
	 * words.
	 */
	public double similarity(StatementProfile a, StatementProfile b) {
		java.util.Map<StatementProfile, Double> known = similarities.computeIfAbsent(a, key -> new java.util.IdentityHashMap<>());
		Double similarity = known.get(b);
		if (similarity == null) {
			similarity = Double.valueOf(measure(a, b));
			known.put(b, similarity);
		}
		return similarity.doubleValue();
	}

	private double measure(StatementProfile a, StatementProfile b) {
		double words = a.similarity(b, weights);
		double subject = SUBJECT_SHARE * a.subjectSimilarity(b, weights);
		double due = a.meetsDueTime(b) && words > 0 ? DUE_TIME_SHARE : 0;
		double measure = a.sharesNearbyMeasure(b) ? MEASURE_SHARE : 0;
		return Math.min(1, Math.max(words, subject) + due + measure);
	}

	/**
	 * The likeness of all words (weighted by rarity): how much of one statement the other covers,
	 * which tells a sentence split in two from one that only shares its subject.
	 */
	public double wordSimilarity(StatementProfile a, StatementProfile b) {
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
		return match(from, to, (i, j) -> {
			if (quantitiesOnly && !from.get(i).sharesQuantity(to.get(j))) {
				return 0;
			}
			return threshold;
		}, takenFrom, takenTo);
	}

	/** The least similarity a pair of statements needs: 0 or less to forbid it. */
	@FunctionalInterface
	public interface Bar {
		double of(int from, int to);
	}

	/**
	 * The pairing of {@code from} with {@code to} that maximises the summed similarity over all
	 * pairs (a maximum-weight assignment), each pair at least as similar as {@code bar} asks.
	 * Among equally good pairings the one that keeps statements nearest their place wins, so
	 * repeated boilerplate pairs in order. Marks the indexes it pairs as taken.
	 */
	public List<Match> match(List<StatementProfile> from, List<StatementProfile> to, Bar bar, boolean[] takenFrom,
			boolean[] takenTo) {
		double[][] weights = new double[from.size()][to.size()];
		double[][] similarities = new double[from.size()][to.size()];
		double fromSize = Math.max(1, from.size() - 1);
		double toSize = Math.max(1, to.size() - 1);
		boolean any = false;
		for (int i = 0; i < from.size(); i++) {
			if (takenFrom[i]) {
				continue;
			}
			for (int j = 0; j < to.size(); j++) {
				if (takenTo[j]) {
					continue;
				}
				double needed = bar.of(i, j);
				if (needed <= 0) {
					continue;
				}
				if (from.get(i).fragment() || to.get(j).fragment()) {
					needed = Math.max(needed, FRAGMENT_THRESHOLD);
				}
				double similarity = similarity(from.get(i), to.get(j));
				if (similarity >= needed) {
					double nearness = 1 - Math.abs(i / fromSize - j / toSize);
					similarities[i][j] = similarity;
					// What a pair adds to the pairing is how far it clears its bar: two pairs that
					// barely pass never outweigh one clear pair.
					weights[i][j] = similarity - needed + MARGIN + PLACE_SHARE * nearness;
					any = true;
				}
			}
		}
		List<Match> matches = new ArrayList<>();
		if (!any) {
			return matches;
		}
		int[] assigned = Assignment.maximise(weights);
		for (int i = 0; i < assigned.length; i++) {
			int j = assigned[i];
			if (j >= 0) {
				takenFrom[i] = true;
				takenTo[j] = true;
				matches.add(new Match(i, j, similarities[i][j], confidence(similarities, i, j)));
			}
		}
		matches.sort(Comparator.comparingInt(Match::from));
		return matches;
	}

	/**
	 * How sure a pair is: its similarity, lowered by how close the best rival for either of its
	 * statements comes — a pair that won by a hair is a guess.
	 */
	private static double confidence(double[][] similarities, int i, int j) {
		double own = similarities[i][j];
		double rival = 0;
		for (int k = 0; k < similarities[i].length; k++) {
			if (k != j) {
				rival = Math.max(rival, similarities[i][k]);
			}
		}
		for (int k = 0; k < similarities.length; k++) {
			if (k != i) {
				rival = Math.max(rival, similarities[k][j]);
			}
		}
		double strength = Math.min(1, own / CERTAIN_SIMILARITY);
		double margin = own <= 0 ? 0 : Math.max(0, own - rival) / own;
		return Math.round(strength * (0.5 + 0.5 * margin) * 1000) / 1000.0;
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
