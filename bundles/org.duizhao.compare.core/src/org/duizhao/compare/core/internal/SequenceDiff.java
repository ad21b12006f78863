package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Aligns two id sequences at bounded cost.
 * <p>
 * Plain Myers costs O((n + m) * d) and explodes on unrelated inputs. Here small inputs go to Myers
 * as they are; larger ones are first cut at <em>anchors</em>: from the current position, the
 * nearest place (least weight skipped) where an equal run of at least a given weight starts in
 * both, found through a hash index of {@code gram}-grams of B. Nearest, not unique, so that
 * repeated boilerplate still anchors locally. Strict (long) anchors come first, so that Myers, not
 * the greedy walk, decides the small stretches between them; a stretch too big for Myers is walked
 * again with looser anchors and given up as one replace block at the last level. Every search
 * costs about as much as the distance it advances, so the whole walk stays near linear.
 */
public final class SequenceDiff {

	/** Largest {@code (n + m) * max(n, m)} handed to Myers in one piece. */
	static final long MYERS_BUDGET = 200_000;

	/**
	 * Largest input handed to Myers before any anchoring: java-diff-utils allocates a path node per
	 * step, so even a block that fits the budget is faster cut at anchors first.
	 */
	static final long DIRECT_MYERS = 4_000;

	/** Candidates looked at per position, so that a very frequent gram cannot make a search quadratic. */
	private static final int MAX_CANDIDATES = 32;

	private final int[] a;
	private final int[] b;
	private final int[] aWeight;
	private final int[] bWeight;
	private final int gram;
	private final int[] minWeights;
	private final boolean useMyers;
	private final boolean useBackbone;
	private final IProgressMonitor monitor;
	private final List<Block> out = new ArrayList<>();
	private int steps;

	/**
	 * @param a ids of A
	 * @param b ids of B
	 * @param aWeight weight (e.g. length) of each element of A, or {@code null} for 1 each
	 * @param bWeight likewise for B
	 * @param gram elements per index key
	 * @param minWeights least weight of an anchoring run, strictest first: stretches without a
	 *            strict anchor that are too big for Myers are walked again with the next one
	 * @param useMyers whether stretches without anchors go to Myers when small; {@code false} for
	 *            sentences, where Myers would align short stock lines (blank lines, headings) and
	 *            so pair the wrong paragraphs: their stretches are left to the fine diff; such
	 *            sequences are first cut along a {@link Backbone} of unique sentences
	 * @param monitor checked for cancel, may be {@code null}
	 */
	public SequenceDiff(int[] a, int[] b, int[] aWeight, int[] bWeight, int gram, int[] minWeights,
			boolean useMyers, IProgressMonitor monitor) {
		this.a = a;
		this.b = b;
		this.aWeight = aWeight;
		this.bWeight = bWeight;
		this.gram = gram;
		this.minWeights = minWeights.clone();
		this.useMyers = useMyers;
		this.useBackbone = !useMyers;
		this.monitor = monitor;
	}

	/** @return blocks covering both sequences, in order */
	public List<Block> run() {
		int n = a.length;
		int m = b.length;
		int pre = 0;
		while (pre < n && pre < m && a[pre] == b[pre]) {
			pre++;
		}
		int suf = 0;
		while (suf < n - pre && suf < m - pre && a[n - 1 - suf] == b[m - 1 - suf]) {
			suf++;
		}
		if (pre > 0) {
			out.add(Block.equal(0, 0, pre));
		}
		middle(pre, n - suf, pre, m - suf);
		if (suf > 0) {
			out.add(Block.equal(n - suf, m - suf, suf));
		}
		return out;
	}

	private void middle(int a0, int a1, int b0, int b1) {
		if (a0 == a1 && b0 == b1) {
			return;
		}
		if (useMyers && a0 < a1 && b0 < b1 && cost(a1 - a0, b1 - b0) <= DIRECT_MYERS) {
			MyersBlocks.align(a, a0, a1, b, b0, b1, out::add);
		} else if (useBackbone && a0 < a1 && b0 < b1) {
			new NestedBackbone(this, aWeight).align(a0, a1, b0, b1, 0);
		} else {
			new AnchorWalk(this, a0, a1, b0, b1, 0).walk();
		}
	}

	/** Walks {@code a0..a1} x {@code b0..b1} with the anchors of the first level, or emits it as a gap when a side is empty. */
	void walk(int a0, int a1, int b0, int b1) {
		if (a0 < a1 && b0 < b1) {
			new AnchorWalk(this, a0, a1, b0, b1, 0).walk();
		} else {
			gap(a0, a1, b0, b1, 0);
		}
	}

	/**
	 * Emits the stretch {@code a0..a1} x {@code b0..b1} that holds no anchor of {@code level}: to
	 * Myers when small (if allowed), else to a walk with the looser anchors of the next level, else
	 * as one replace block.
	 */
	void gap(int a0, int a1, int b0, int b1, int level) {
		if (a0 == a1 && b0 == b1) {
			return;
		}
		if (useMyers && a0 < a1 && b0 < b1 && fitsMyers(a1 - a0, b1 - b0)) {
			MyersBlocks.align(a, a0, a1, b, b0, b1, out::add);
		} else if (a0 < a1 && b0 < b1 && level + 1 < minWeights.length) {
			new AnchorWalk(this, a0, a1, b0, b1, level + 1).walk();
		} else {
			out.add(Block.replace(a0, a1, b0, b1));
		}
	}

	void equal(int a0, int b0, int length) {
		out.add(Block.equal(a0, b0, length));
	}

	private static boolean fitsMyers(long n, long m) {
		return cost(n, m) <= MYERS_BUDGET;
	}

	/**
	 * @return a bound of Myers' work, O((n + m) * d): d is at least |n - m| and at most n + m, so
	 *         a long stretch against a short one is expensive too
	 */
	private static long cost(long n, long m) {
		return (n + m) * Math.max(n, m);
	}

	int[] a() {
		return a;
	}

	int[] b() {
		return b;
	}

	int gram() {
		return gram;
	}

	/** @return running sums of the weights of {@code from..to} (element count when unweighted), or {@code null} */
	long[] prefix(boolean sideA, int from, int to) {
		int[] w = sideA ? aWeight : bWeight;
		if (w == null) {
			return null;
		}
		long[] out = new long[to - from + 1];
		for (int k = from; k < to; k++) {
			out[k - from + 1] = out[k - from] + w[k];
		}
		return out;
	}

	int maxCandidates() {
		return MAX_CANDIDATES;
	}

	/** @return whether an equal run of the weight of {@code level} starts at {@code i}, {@code j} within the limits */
	boolean confirmed(int i, int j, int a1, int b1, int level) {
		int minWeight = minWeights[level];
		int weight = 0;
		while (i < a1 && j < b1 && a[i] == b[j]) {
			weight += aWeight == null ? 1 : Math.min(aWeight[i], bWeight[j]);
			if (weight >= minWeight) {
				return true;
			}
			i++;
			j++;
		}
		// a run that reaches the end of both stretches is as good as it gets
		return weight > 0 && i == a1 && j == b1;
	}

	void tick() {
		if ((++steps & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
			throw new org.eclipse.core.runtime.OperationCanceledException();
		}
	}
}
