package org.duizhao.annotations.core.internal.anchor;

import java.util.Arrays;

/**
 * Every {@value #Q}-gram of a text (code points) with its positions, as one sorted array of
 * {@code hash << 32 | position}: built once per text in O(n log n), looked up by binary search.
 */
final class GramIndex {

	/** Gram length in code points: three Chinese characters are already quite selective. */
	static final int Q = 3;

	private final long[] entries;

	GramIndex(int[] text) {
		int count = Math.max(0, text.length - Q + 1);
		entries = new long[count];
		for (int i = 0; i < count; i++) {
			entries[i] = (long) hash(text, i) << 32 | i;
		}
		Arrays.sort(entries);
	}

	/** @return the hash of the gram at {@code at} (a few collisions only add candidates) */
	static int hash(int[] cps, int at) {
		int h = 0;
		for (int k = 0; k < Q; k++) {
			h = h * 0x9E3779B1 + cps[at + k];
		}
		return h ^ h >>> 15;
	}

	/** @return the index of the first entry of {@code hash} (or where it would be) */
	int first(int hash) {
		long key = (long) hash << 32;
		int lo = 0;
		int hi = entries.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (entries[mid] < key) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** @return the number of positions of {@code hash} starting at entry {@code from} */
	int count(int hash, int from) {
		int k = from;
		while (k < entries.length && (int) (entries[k] >> 32) == hash) {
			k++;
		}
		return k - from;
	}

	/** @return the position of entry {@code k} */
	int position(int k) {
		return (int) entries[k];
	}
}
