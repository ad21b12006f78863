package org.duizhao.analysis.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Seeds of parallel passages: the positions where both texts hold the same run of {@link #K} Han
 * characters. Runs that are common in either text (set phrases that occur everywhere) are left out,
 * so the seeds of unrelated texts stay few and the search stays near linear.
 * <p>
 * Each text's runs are kept in one sorted {@code long[]} (a 40-bit hash of the run above a 24-bit
 * position), about 8 bytes a character: a million-character text costs 8 MB, not a hash map of
 * boxed keys.
 */
final class Seeds {

	/** Length of a seed, in UTF-16 units. */
	static final int K = 4;
	/** A run found more often than this in either text seeds nothing. */
	static final int MAX_OCCURRENCES = 12;
	/** The longest text the packed positions can address. */
	static final int MAX_LENGTH = 1 << 24;

	private Seeds() {
	}

	/** @return seeds as pairs {@code {positionInA, positionInB}}, in no particular order (clusters sort them) */
	static List<int[]> find(String a, String b) {
		return find(a, b, new BitSet(), new BitSet());
	}

	/**
	 * @param stockA positions of {@code a} inside stock phrases: a run lying wholly in them seeds nothing
	 * @param stockB the same for {@code b}
	 * @return seeds as pairs {@code {positionInA, positionInB}}, in no particular order
	 */
	static List<int[]> find(String a, String b, BitSet stockA, BitSet stockB) {
		long[] inA = index(a);
		long[] inB = index(b);
		List<int[]> out = new ArrayList<>();
		// both indexes are sorted by hash: walk them together, one group of equal hashes at a time
		int x = 0;
		int y = 0;
		while (x < inA.length && y < inB.length) {
			long hashA = inA[x] >>> 24;
			long hashB = inB[y] >>> 24;
			if (hashA != hashB) {
				if (hashA < hashB) {
					x = next(inA, x);
				} else {
					y = next(inB, y);
				}
				continue;
			}
			int endA = next(inA, x);
			int endB = next(inB, y);
			if (endA - x <= MAX_OCCURRENCES && endB - y <= MAX_OCCURRENCES) {
				pairs(a, b, stockA, stockB, inA, x, endA, inB, y, endB, out);
			}
			x = endA;
			y = endB;
		}
		return out;
	}

	/** Adds the seeds of one hash: each run of {@code b} against each equal run of {@code a}. */
	private static void pairs(String a, String b, BitSet stockA, BitSet stockB, long[] inA, int fromA, int toA,
			long[] inB, int fromB, int toB, List<int[]> out) {
		for (int y = fromB; y < toB; y++) {
			int j = (int) (inB[y] & (MAX_LENGTH - 1));
			if (hasBreak(b, j) || stockB.nextClearBit(j) >= j + K) {
				continue;
			}
			for (int x = fromA; x < toA; x++) {
				int i = (int) (inA[x] & (MAX_LENGTH - 1));
				if (a.regionMatches(i, b, j, K) && stockA.nextClearBit(i) < i + K) {
					out.add(new int[] { i, j });
				}
			}
		}
	}

	/** @return the index just after the group of equal hashes that starts at {@code from} */
	private static int next(long[] index, int from) {
		long hash = index[from] >>> 24;
		int to = from + 1;
		while (to < index.length && index[to] >>> 24 == hash) {
			to++;
		}
		return to;
	}

	private static boolean hasBreak(String text, int i) {
		for (int k = i; k < i + K; k++) {
			if (text.charAt(k) == HanMask.BREAK) {
				return true;
			}
		}
		return false;
	}

	private static long[] index(String text) {
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("text longer than " + MAX_LENGTH); //$NON-NLS-1$
		}
		int n = Math.max(0, text.length() - K + 1);
		long[] out = new long[n];
		for (int i = 0; i < n; i++) {
			out[i] = (hash(text, i) << 24) | i;
		}
		Arrays.sort(out);
		return out;
	}

	/** A 39-bit hash of the run at {@code i} (non-negative, so the packed values sort as unsigned). */
	private static long hash(String text, int i) {
		long h = 0;
		for (int k = 0; k < K; k++) {
			h = h * 0x100000001B3L + text.charAt(i + k);
		}
		h ^= h >>> 29;
		h *= 0xBF58476D1CE4E5B9L;
		h ^= h >>> 32;
		return h & ((1L << 39) - 1);
	}
}
