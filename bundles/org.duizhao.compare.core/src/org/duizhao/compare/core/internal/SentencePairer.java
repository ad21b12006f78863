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
		Bigrams table = new Bigrams();
		int j = block.bStart();
		for (int i = block.aStart(); i < block.aEnd() && j < block.bEnd(); i++) {
			int sizeA = Bigrams.count(ua.start(i), ua.end(i));
			int best = -1;
			double bestValue = threshold;
			boolean loaded = false;
			for (int jj = j; jj < Math.min(block.bEnd(), j + WINDOW); jj++) {
				if (Bigrams.bound(sizeA, Bigrams.count(ub.start(jj), ub.end(jj))) < bestValue) {
					continue;
				}
				if (!loaded) {
					table.load(textA, ua.start(i), ua.end(i));
					loaded = true;
				}
				double d = table.dice(textB, ub.start(jj), ub.end(jj));
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
}
