package org.duizhao.analysis.core.internal;

import java.util.Arrays;
import java.util.BitSet;

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

	/** @return seeds packed as {@code positionInA << 32 | positionInB}, in no particular order (clusters sort them) */
	static long[] find(String a, String b) {
		return find(a, index(a), b, index(b), new BitSet(), new BitSet());
	}

	/**
	 * @param inA the index of {@code a} ({@link #index}), made once however many texts it meets
	 * @param inB the index of {@code b}
	 * @param stockA positions of {@code a} inside stock phrases: a run lying wholly in them seeds nothing
	 * @param stockB the same for {@code b}
	 * @return seeds packed as {@code positionInA << 32 | positionInB} (both below {@link #MAX_LENGTH}),
	 *         in no particular order
	 */
	static long[] find(String a, long[] inA, String b, long[] inB, BitSet stockA, BitSet stockB) {
		Packed out = new Packed();
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
		return out.toArray();
	}

	/** A growable array of packed seeds: a pair of long texts has hundreds of thousands. */
	private static final class Packed {
		long[] values = new long[256];
		int size;

		void add(int i, int j) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = ((long) i << 32) | j;
		}

		long[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}

	/** Adds the seeds of one hash: each run of {@code b} against each equal run of {@code a}. */
	private static void pairs(String a, String b, BitSet stockA, BitSet stockB, long[] inA, int fromA, int toA,
			long[] inB, int fromB, int toB, Packed out) {
		for (int y = fromB; y < toB; y++) {
			int j = (int) (inB[y] & (MAX_LENGTH - 1));
			if (stockB.nextClearBit(j) >= j + K) {
				continue;
			}
			for (int x = fromA; x < toA; x++) {
				int i = (int) (inA[x] & (MAX_LENGTH - 1));
				if (a.regionMatches(i, b, j, K) && stockA.nextClearBit(i) < i + K) {
					out.add(i, j);
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

	/**
	 * @return the runs of {@code text} within a paragraph (none holds a {@link HanMask#BREAK}), each a
	 *         hash of its {@link #K} characters above its position, sorted: what {@link #find} walks,
	 *         made once a text
	 */
	static long[] index(String text) {
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("text longer than " + MAX_LENGTH); //$NON-NLS-1$
		}
		long[] out = new long[Math.max(0, text.length() - K + 1)];
		int n = 0;
		int run = 0; // characters since the last break
		for (int i = 0; i < text.length(); i++) {
			run = text.charAt(i) == HanMask.BREAK ? 0 : run + 1;
			if (run >= K) { // a run across a paragraph's end seeds nothing, so it is not indexed
				out[n++] = (hash(text, i - K + 1) << 24) | (i - K + 1);
			}
		}
		long[] sorted = Arrays.copyOf(out, n);
		Arrays.sort(sorted);
		return sorted;
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
