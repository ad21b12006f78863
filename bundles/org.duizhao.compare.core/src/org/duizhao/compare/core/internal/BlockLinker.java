package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.compare.core.SentenceLink;

/**
 * Sentence links of a replace block that was diffed as a whole: counts the equal characters each
 * sentence of A shares with each sentence of B, then pairs in order each sentence of A with the
 * sentence of B it shares most with, if their character similarity reaches the threshold. Reuses
 * the fine diff instead of comparing sentences again.
 */
final class BlockLinker {

	private final Units ua;
	private final Units ub;
	private final Block block;
	private final double threshold;
	/** Entries {aUnit, bUnit, equal characters}, non-decreasing in both units. */
	private final List<int[]> shared = new ArrayList<>();

	BlockLinker(Units ua, Units ub, Block block, double threshold) {
		this.ua = ua;
		this.ub = ub;
		this.block = block;
		this.threshold = threshold;
	}

	/** Notes an equal run {@code a[as..ae)} = {@code b[bs..)}. */
	void equal(int as, int ae, int bs) {
		int t = 0;
		while (as + t < ae) {
			int unitA = ua.unitAt(as + t);
			int unitB = ub.unitAt(bs + t);
			int piece = Math.min(ae - as - t, Math.min(ua.end(unitA) - as - t, ub.end(unitB) - bs - t));
			int[] last = shared.isEmpty() ? null : shared.get(shared.size() - 1);
			if (last != null && last[0] == unitA && last[1] == unitB) {
				last[2] += piece;
			} else {
				shared.add(new int[] { unitA, unitB, piece });
			}
			t += piece;
		}
	}

	/** Appends the links of the block to {@code links}. */
	void links(List<SentenceLink> links) {
		int nextA = block.aStart();
		int nextB = block.bStart();
		int k = 0;
		while (k < shared.size()) {
			int unitA = shared.get(k)[0];
			int best = -1;
			int end = k;
			for (; end < shared.size() && shared.get(end)[0] == unitA; end++) {
				int[] e = shared.get(end);
				if (e[1] >= nextB && (best < 0 || e[2] > shared.get(best)[2])) {
					best = end;
				}
			}
			k = end;
			if (best < 0 || unitA < nextA) {
				continue;
			}
			int unitB = shared.get(best)[1];
			double similarity = similarity(unitA, unitB, shared.get(best)[2]);
			if (similarity >= threshold) {
				unpaired(links, nextA, unitA, nextB, unitB);
				links.add(new SentenceLink(SentenceLink.Kind.CHANGED, unitA, unitB, similarity));
				nextA = unitA + 1;
				nextB = unitB + 1;
			}
		}
		unpaired(links, nextA, block.aEnd(), nextB, block.bEnd());
	}

	private double similarity(int unitA, int unitB, int equal) {
		int total = ua.end(unitA) - ua.start(unitA) + ub.end(unitB) - ub.start(unitB);
		return total == 0 ? 1 : 2.0 * equal / total;
	}

	private static void unpaired(List<SentenceLink> links, int a0, int a1, int b0, int b1) {
		for (int u = a0; u < a1; u++) {
			links.add(new SentenceLink(SentenceLink.Kind.DELETED, u, -1, 0));
		}
		for (int u = b0; u < b1; u++) {
			links.add(new SentenceLink(SentenceLink.Kind.INSERTED, -1, u, 0));
		}
	}
}
