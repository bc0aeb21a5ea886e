package yeardiff.compare.internal;

import java.util.Arrays;

/**
 * A maximum-weight assignment of rows to columns (Kuhn–Munkres, the Hungarian method, in its
 * O(n²m) form with potentials): the pairing that maximises the summed weight over all pairs, not
 * the one a greedy "best pair first" walk finds. A weight of zero or less means "do not pair";
 * such cells are never part of the answer.
 */
public final class Assignment {

	private Assignment() {
	}

	/**
	 * @param weights weights[i][j] ≥ 0 of pairing row i with column j (a rectangular matrix)
	 * @return for each row the column it is paired with, or -1
	 */
	public static int[] maximise(double[][] weights) {
		int rows = weights.length;
		int columns = rows == 0 ? 0 : weights[0].length;
		int[] result = new int[rows];
		Arrays.fill(result, -1);
		if (rows == 0 || columns == 0) {
			return result;
		}
		boolean transposed = rows > columns;
		int n = transposed ? columns : rows;
		int m = transposed ? rows : columns;
		// Costs to minimise; a forbidden cell costs as much as leaving both sides unpaired, so it is
		// never preferred to a real pair, and is dropped afterwards.
		double max = 0;
		for (double[] row : weights) {
			for (double weight : row) {
				max = Math.max(max, weight);
			}
		}
		double[][] cost = new double[n + 1][m + 1];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				double weight = transposed ? weights[j][i] : weights[i][j];
				cost[i + 1][j + 1] = max - Math.max(0, weight);
			}
		}
		double[] u = new double[n + 1];
		double[] v = new double[m + 1];
		int[] match = new int[m + 1];
		int[] way = new int[m + 1];
		for (int i = 1; i <= n; i++) {
			match[0] = i;
			int column = 0;
			double[] least = new double[m + 1];
			Arrays.fill(least, Double.POSITIVE_INFINITY);
			boolean[] used = new boolean[m + 1];
			do {
				used[column] = true;
				int row = match[column];
				double delta = Double.POSITIVE_INFINITY;
				int next = 0;
				for (int j = 1; j <= m; j++) {
					if (!used[j]) {
						double reduced = cost[row][j] - u[row] - v[j];
						if (reduced < least[j]) {
							least[j] = reduced;
							way[j] = column;
						}
						if (least[j] < delta) {
							delta = least[j];
							next = j;
						}
					}
				}
				for (int j = 0; j <= m; j++) {
					if (used[j]) {
						u[match[j]] += delta;
						v[j] -= delta;
					} else {
						least[j] -= delta;
					}
				}
				column = next;
			} while (match[column] != 0);
			do {
				int previous = way[column];
				match[column] = match[previous];
				column = previous;
			} while (column != 0);
		}
		for (int j = 1; j <= m; j++) {
			if (match[j] != 0) {
				int row = match[j] - 1;
				int col = j - 1;
				double weight = transposed ? weights[col][row] : weights[row][col];
				if (weight > 0) {
					if (transposed) {
						result[col] = row;
					} else {
						result[row] = col;
					}
				}
			}
		}
		return result;
	}
}
