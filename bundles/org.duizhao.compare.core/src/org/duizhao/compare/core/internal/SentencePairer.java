package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the changed sentences of one replace block, in order: each sentence of A takes the most
 * similar sentence of B among the next few not yet passed, if the similarity reaches the
 * threshold. Looking only a window ahead keeps a huge block (unrelated texts) linear.
 */
final class SentencePairer {

	/** How many sentences of B a sentence of A looks at. */
	static final int WINDOW = 16;

	private SentencePairer() {
	}

	/** A pair of sentence units and their bigram similarity. */
	record Pair(int a, int b, double similarity) {
	}

	/** @return the pairs, increasing in both units */
	static List<Pair> pair(String textA, Units ua, String textB, Units ub, Block block, double threshold) {
		List<Pair> pairs = new ArrayList<>();
		int[][] cacheB = new int[Math.min(block.bEnd() - block.bStart(), 1 << 20)][];
		int j = block.bStart();
		for (int i = block.aStart(); i < block.aEnd() && j < block.bEnd(); i++) {
			int[] x = Bigrams.of(textA, ua.start(i), ua.end(i));
			int best = -1;
			double bestValue = threshold;
			for (int jj = j; jj < Math.min(block.bEnd(), j + WINDOW); jj++) {
				int[] y = bigramsB(textB, ub, block, cacheB, jj);
				if (Bigrams.bound(x.length, y.length) < bestValue) {
					continue;
				}
				double d = Bigrams.dice(x, y);
				if (d >= bestValue && (best < 0 || d > bestValue)) {
					best = jj;
					bestValue = d;
				}
			}
			if (best >= 0) {
				pairs.add(new Pair(i, best, bestValue));
				j = best + 1;
			}
		}
		return pairs;
	}

	private static int[] bigramsB(String textB, Units ub, Block block, int[][] cache, int unit) {
		int k = unit - block.bStart();
		if (k >= cache.length) {
			return Bigrams.of(textB, ub.start(unit), ub.end(unit));
		}
		if (cache[k] == null) {
			cache[k] = Bigrams.of(textB, ub.start(unit), ub.end(unit));
		}
		return cache[k];
	}
}
