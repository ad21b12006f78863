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

	/** @return seeds as pairs {@code {positionInA, positionInB}}, by position in B */
	static List<int[]> find(String a, String b) {
		return find(a, b, new BitSet(), new BitSet());
	}

	/**
	 * @param stockA positions of {@code a} inside stock phrases: a run lying wholly in them seeds nothing
	 * @param stockB the same for {@code b}
	 * @return seeds as pairs {@code {positionInA, positionInB}}, by position in B
	 */
	static List<int[]> find(String a, String b, BitSet stockA, BitSet stockB) {
		long[] inA = index(a);
		long[] inB = index(b);
		List<int[]> out = new ArrayList<>();
		for (int j = 0; j + K <= b.length(); j++) {
			if (hasBreak(b, j) || stockB.nextClearBit(j) >= j + K) {
				continue;
			}
			long hash = hash(b, j);
			int fromA = first(inA, hash);
			int countA = count(inA, fromA, hash);
			if (countA == 0 || countA > MAX_OCCURRENCES || count(inB, first(inB, hash), hash) > MAX_OCCURRENCES) {
				continue;
			}
			for (int x = fromA; x < fromA + countA; x++) {
				int i = (int) (inA[x] & (MAX_LENGTH - 1));
				if (a.regionMatches(i, b, j, K) && stockA.nextClearBit(i) < i + K) {
					out.add(new int[] { i, j });
				}
			}
		}
		return out;
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

	private static int first(long[] index, long hash) {
		int lo = 0;
		int hi = index.length;
		long target = hash << 24;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (index[mid] < target) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	private static int count(long[] index, int from, long hash) {
		int n = 0;
		while (from + n < index.length && (index[from + n] >>> 24) == hash) {
			n++;
			if (n > MAX_OCCURRENCES) {
				break;
			}
		}
		return n;
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
