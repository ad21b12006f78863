package org.duizhao.analysis.core.reuse;

import java.util.Arrays;

import org.duizhao.analysis.core.internal.HanMask;

/**
 * The shingles of a normalized text: every run of {@code k} Han characters inside one paragraph
 * (punctuation and spaces do not break a run, a line break does), hashed to 64 bits, sorted and
 * without repeats. Rewording changes a few shingles; copying a paragraph shares all of its.
 */
public final class Shingles {

	private Shingles() {
	}

	/** @return the Han characters of {@code normalized}, one {@link HanMask#BREAK} per paragraph end */
	public static String compact(String normalized) {
		return HanMask.of(normalized).hanOnly(normalized).compact;
	}

	/**
	 * @param compact see {@link #compact(String)}
	 * @param k characters per shingle
	 * @return the distinct shingle hashes, ascending
	 */
	public static long[] of(String compact, int k) {
		long[] out = new long[Math.max(0, compact.length() - k + 1)];
		int n = 0;
		int run = 0; // Han characters since the last break
		for (int i = 0; i < compact.length(); i++) {
			run = compact.charAt(i) == HanMask.BREAK ? 0 : run + 1;
			if (run >= k) {
				out[n++] = hash(compact, i - k + 1, k);
			}
		}
		long[] sorted = Arrays.copyOf(out, n);
		Arrays.sort(sorted);
		return distinct(sorted);
	}

	private static long[] distinct(long[] sorted) {
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, n);
	}

	private static long hash(String s, int from, int k) {
		long h = 0xCBF29CE484222325L;
		for (int i = from; i < from + k; i++) {
			h = (h ^ s.charAt(i)) * 0x100000001B3L;
		}
		return mix(h);
	}

	/** The finalizer of SplitMix64: spreads every input bit over the whole word. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
