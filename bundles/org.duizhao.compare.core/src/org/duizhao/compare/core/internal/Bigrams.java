package org.duizhao.compare.core.internal;

import java.util.Arrays;

/**
 * Character bigram multisets and their Dice similarity, the test that pairs a changed sentence of A
 * with one of B. Bigrams suit Chinese, where a word is usually two characters.
 */
final class Bigrams {

	private Bigrams() {
	}

	/** @return the sorted bigrams of {@code text[start..end)} (a lone character counts as one) */
	static int[] of(String text, int start, int end) {
		int n = end - start;
		if (n == 1) {
			return new int[] { text.charAt(start) };
		}
		int[] out = new int[Math.max(0, n - 1)];
		for (int i = 0; i < out.length; i++) {
			out[i] = text.charAt(start + i) << 16 | text.charAt(start + i + 1);
		}
		Arrays.sort(out);
		return out;
	}

	/** @return the highest Dice value two multisets of these sizes could reach */
	static double bound(int x, int y) {
		return x + y == 0 ? 1 : 2.0 * Math.min(x, y) / (x + y);
	}

	/** @return {@code 2 |x ∩ y| / (|x| + |y|)} for sorted multisets */
	static double dice(int[] x, int[] y) {
		if (x.length + y.length == 0) {
			return 1;
		}
		int common = 0;
		int i = 0;
		int j = 0;
		while (i < x.length && j < y.length) {
			if (x[i] == y[j]) {
				common++;
				i++;
				j++;
			} else if (x[i] < y[j]) {
				i++;
			} else {
				j++;
			}
		}
		return 2.0 * common / (x.length + y.length);
	}
}
