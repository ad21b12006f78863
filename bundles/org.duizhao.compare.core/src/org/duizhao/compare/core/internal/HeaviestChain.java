package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The heaviest chain of points strictly increasing in both coordinates, in O(n log n) with a
 * prefix-maximum Fenwick tree over the second coordinate.
 * <p>
 * Weighted rather than longest: when texts repeat, two short chains may compete with one long
 * passage, and what the diff should keep is the one that matches the most characters.
 */
final class HeaviestChain {

	private HeaviestChain() {
	}

	/**
	 * @param points {i, j} pairs sorted by i ascending, and for equal i by j descending (so that two
	 *            points with the same i never chain)
	 * @param weights weight of each point, positive
	 * @param j0 least j of any point
	 * @param j1 one past the greatest j
	 * @return the heaviest chain, in order
	 */
	static List<int[]> of(List<int[]> points, long[] weights, int j0, int j1) {
		int n = points.size();
		int size = j1 - j0;
		long[] treeValue = new long[size + 1];
		int[] treePoint = new int[size + 1];
		int[] previous = new int[n];
		long[] total = new long[n];
		int best = -1;
		for (int k = 0; k < n; k++) {
			int j = points.get(k)[1] - j0;
			int before = query(treeValue, treePoint, j); // points with a smaller j
			previous[k] = before;
			total[k] = weights[k] + (before < 0 ? 0 : total[before]);
			update(treeValue, treePoint, j + 1, total[k], k);
			if (best < 0 || total[k] > total[best]) {
				best = k;
			}
		}
		List<int[]> chain = new ArrayList<>();
		for (int k = best; k >= 0; k = previous[k]) {
			chain.add(points.get(k));
		}
		Collections.reverse(chain);
		return chain;
	}

	/** @return the point with the largest total among tree positions {@code 1..end}, or -1 */
	private static int query(long[] value, int[] point, int end) {
		long bestValue = 0;
		int bestPoint = -1;
		for (int x = end; x > 0; x -= x & -x) {
			if (value[x] > bestValue) {
				bestValue = value[x];
				bestPoint = point[x] - 1;
			}
		}
		return bestPoint;
	}

	private static void update(long[] value, int[] point, int position, long total, int k) {
		for (int x = position; x < value.length; x += x & -x) {
			if (total > value[x]) {
				value[x] = total;
				point[x] = k + 1;
			}
		}
	}
}
