package org.duizhao.analysis.core.internal;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Where each run of the first {@code key} units of a text starts: one sorted {@code long[]} of a
 * 39-bit hash of the run above a 24-bit position, 8 bytes a character. Looking up a phrase visits
 * only the starts of its own first {@code key} units, where an index of pairs of units visited
 * every start of a common pair (发展 occurs thousands of times in a long text).
 */
final class GramIndex {

	/** The longest text the packed positions can address. */
	static final int MAX_LENGTH = 1 << 24;
	private static final long POSITION = MAX_LENGTH - 1;

	private final String text;
	private final int key;
	private final long[] packed;

	/** @param key units hashed per start, at least 1 */
	GramIndex(String text, int key) {
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("text longer than " + MAX_LENGTH); //$NON-NLS-1$
		}
		this.text = text;
		this.key = key;
		int n = Math.max(0, text.length() - key + 1);
		packed = new long[n];
		for (int i = 0; i < n; i++) {
			packed[i] = hash(text, i) << 24 | i;
		}
		Arrays.sort(packed);
	}

	/** Calls {@code action} with every start of {@code phrase} in the text (at least {@code key} units long). */
	void forEachStart(String phrase, IntConsumer action) {
		long h = hash(phrase, 0);
		int lo = 0;
		int hi = packed.length;
		long target = h << 24;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (packed[mid] < target) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		for (int k = lo; k < packed.length && packed[k] >>> 24 == h; k++) {
			int at = (int) (packed[k] & POSITION);
			if (text.startsWith(phrase, at)) {
				action.accept(at);
			}
		}
	}

	private long hash(String s, int from) {
		long h = 0;
		for (int k = 0; k < key; k++) {
			h = h * 0x100000001B3L + s.charAt(from + k);
		}
		h ^= h >>> 29;
		h *= 0xBF58476D1CE4E5B9L;
		h ^= h >>> 32;
		return h & ((1L << 39) - 1);
	}
}
