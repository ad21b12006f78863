package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Patience-style backbone of a sentence alignment: sentences, and pairs of consecutive sentences,
 * that occur exactly once in each text, reduced to their heaviest chain in the same order in both.
 * <p>
 * The nearest-anchor walk is local and greedy; in a text that repeats whole paragraphs it can
 * follow the wrong copy and lose its way. Unique pairs exist even there (where one paragraph meets
 * the next), so walking only between backbone points keeps every walk short and on track.
 */
final class Backbone {

	private Backbone() {
	}

	/**
	 * @param weights weight of each element of A (e.g. sentence length), or {@code null} for 1 each
	 * @return points {i, j} with {@code a[i] == b[j]}, increasing in both, within the ranges: the
	 *         heaviest such chain of unique elements and pairs
	 */
	static List<int[]> of(int[] a, int a0, int a1, int[] b, int b0, int b1, int[] weights) {
		Map<Long, int[]> seen = new HashMap<>();
		count(a, a0, a1, seen, 0);
		count(b, b0, b1, seen, 2);
		List<int[]> candidates = new ArrayList<>();
		for (int[] v : seen.values()) {
			if (v[0] == 1 && v[2] == 1) {
				candidates.add(new int[] { v[1], v[3] });
			}
		}
		// by i, and by j descending for equal i, as the chain wants them
		candidates.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
		long[] w = new long[candidates.size()];
		for (int k = 0; k < w.length; k++) {
			w[k] = weights == null ? 1 : Math.max(1, weights[candidates.get(k)[0]]);
		}
		return HeaviestChain.of(candidates, w, b0, b1);
	}

	/** Counts single ids (negative keys) and id pairs (non-negative keys); remembers the position. */
	private static void count(int[] ids, int from, int to, Map<Long, int[]> seen, int slot) {
		for (int i = from; i < to; i++) {
			note(seen, -1L - ids[i], i, slot);
			if (i + 1 < to) {
				note(seen, (long) ids[i] << 32 | ids[i + 1], i, slot);
			}
		}
	}

	private static void note(Map<Long, int[]> seen, long key, int position, int slot) {
		int[] v = seen.computeIfAbsent(key, k -> new int[4]);
		v[slot]++;
		v[slot + 1] = position;
	}
}
