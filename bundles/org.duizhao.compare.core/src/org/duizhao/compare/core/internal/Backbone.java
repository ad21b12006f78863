package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Patience-style backbone of a sentence alignment: sentences, and pairs of consecutive sentences,
 * that occur exactly once in each text, reduced to their longest chain in the same order in both.
 * <p>
 * The nearest-anchor walk is local and greedy; in a text that repeats whole paragraphs it can
 * follow the wrong copy and lose its way. Unique pairs exist even there (where one paragraph meets
 * the next), so walking only between backbone points keeps every walk short and on track.
 */
final class Backbone {

	private Backbone() {
	}

	/** @return points {i, j} with {@code a[i] == b[j]}, increasing in both, within the ranges */
	static List<int[]> of(int[] a, int a0, int a1, int[] b, int b0, int b1) {
		Map<Long, int[]> seen = new HashMap<>();
		count(a, a0, a1, seen, 0);
		count(b, b0, b1, seen, 2);
		List<int[]> candidates = new ArrayList<>();
		for (int[] v : seen.values()) {
			if (v[0] == 1 && v[2] == 1) {
				candidates.add(new int[] { v[1], v[3] });
			}
		}
		candidates.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
		return longestChain(candidates);
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

	/** Longest chain strictly increasing in both coordinates (patience sorting, O(n log n)). */
	private static List<int[]> longestChain(List<int[]> points) {
		int n = points.size();
		int[] tailIndex = new int[n];
		int[] tailJ = new int[n];
		int[] previous = new int[n];
		int length = 0;
		for (int k = 0; k < n; k++) {
			int j = points.get(k)[1];
			int pos = Arrays.binarySearch(tailJ, 0, length, j);
			if (pos >= 0) {
				continue; // same j twice cannot both be in a strictly increasing chain
			}
			pos = -pos - 1;
			if (pos > 0 && points.get(tailIndex[pos - 1])[0] == points.get(k)[0]) {
				continue; // same i as the point before it
			}
			previous[k] = pos > 0 ? tailIndex[pos - 1] : -1;
			tailIndex[pos] = k;
			tailJ[pos] = j;
			length = Math.max(length, pos + 1);
		}
		List<int[]> chain = new ArrayList<>(length);
		for (int k = length == 0 ? -1 : tailIndex[length - 1]; k >= 0; k = previous[k]) {
			chain.add(points.get(k));
		}
		java.util.Collections.reverse(chain);
		return chain;
	}
}
