package org.duizhao.compare.core.internal;

/**
 * The anchored part of {@link SequenceDiff}: walks both stretches, emitting equal runs, jumping to
 * the nearest anchor after each difference and handing the skipped stretch to
 * {@link SequenceDiff#gap}.
 */
final class AnchorWalk {

	private final SequenceDiff diff;
	private final int[] a;
	private final int[] b;
	private final int a0;
	private final int a1;
	private final int b0;
	private final int b1;
	private final int[] aHashes;
	private final PositionIndex bIndex;
	private final long[] aPrefix;
	private final long[] bPrefix;
	private int foundI;
	private int foundJ;

	private final int level;

	AnchorWalk(SequenceDiff diff, int a0, int a1, int b0, int b1, int level) {
		this.level = level;
		this.diff = diff;
		this.a = diff.a();
		this.b = diff.b();
		this.a0 = a0;
		this.a1 = a1;
		this.b0 = b0;
		this.b1 = b1;
		this.aHashes = GramHashes.of(a, a0, a1, diff.gram());
		this.bIndex = PositionIndex.of(GramHashes.of(b, b0, b1, diff.gram()), b0);
		this.aPrefix = diff.prefix(true, a0, a1);
		this.bPrefix = diff.prefix(false, b0, b1);
	}

	void walk() {
		int i = a0;
		int j = b0;
		while (i < a1 && j < b1) {
			int run = 0;
			while (i + run < a1 && j + run < b1 && a[i + run] == b[j + run]) {
				run++;
			}
			if (run > 0) {
				diff.equal(i, j, run);
				i += run;
				j += run;
				continue;
			}
			if (!nearestAnchor(i, j)) {
				break;
			}
			diff.gap(i, foundI, j, foundJ, level);
			i = foundI;
			j = foundJ;
		}
		diff.gap(i, a1, j, b1, level);
	}

	/**
	 * Finds the anchor that skips the least weight from {@code i, j} (the fewest characters, for
	 * sentences weighted by length); sets foundI/foundJ.
	 */
	private boolean nearestAnchor(int i, int j) {
		long best = Long.MAX_VALUE;
		for (int ii = i; ii - a0 < aHashes.length && skippedA(i, ii) < best; ii++) {
			diff.tick();
			int seen = 0;
			for (int slot = bIndex.first(aHashes[ii - a0], j); slot >= 0
					&& seen < diff.maxCandidates(); slot = bIndex.next(slot), seen++) {
				int jj = bIndex.position(slot);
				long cost = skippedA(i, ii) + skippedB(j, jj);
				if (cost >= best) {
					break;
				}
				if (diff.confirmed(ii, jj, a1, b1, level)) {
					best = cost;
					foundI = ii;
					foundJ = jj;
					break;
				}
			}
		}
		return best != Long.MAX_VALUE;
	}

	private long skippedA(int from, int to) {
		return aPrefix == null ? to - from : aPrefix[to - a0] - aPrefix[from - a0];
	}

	private long skippedB(int from, int to) {
		return bPrefix == null ? to - from : bPrefix[to - b0] - bPrefix[from - b0];
	}
}
