package org.duizhao.compare.core.internal;

import java.util.List;

/**
 * Aligns a stretch along a {@link Backbone}, and each stretch between two backbone points along a
 * backbone of its own, patience-diff style: an element repeated in the whole text is often unique
 * between two points, so the nested backbone finds the right copy where the greedy walk would
 * anchor at the nearest one (a short sentence that also occurs after a long moved paragraph, say).
 * Nesting stops at a depth limit or when the work done exceeds a multiple of the input size, and
 * the rest is left to the anchor walk, so the cost stays near linear.
 */
final class NestedBackbone {

	/** Deepest nesting of backbones. */
	private static final int MAX_DEPTH = 8;

	/** Work budget, in elements indexed, as a multiple of the input length. */
	private static final int WORK_FACTOR = 6;

	private final SequenceDiff diff;
	private final int[] a;
	private final int[] b;
	private final int[] weights;
	private long budget;

	NestedBackbone(SequenceDiff diff, int[] weights) {
		this.diff = diff;
		this.a = diff.a();
		this.b = diff.b();
		this.weights = weights;
		this.budget = (long) WORK_FACTOR * (a.length + b.length);
	}

	/** Emits the blocks of {@code a[a0..a1)} against {@code b[b0..b1)}, both non-empty. */
	void align(int a0, int a1, int b0, int b1, int depth) {
		budget -= (a1 - a0) + (b1 - b0);
		List<int[]> points = Backbone.of(a, a0, a1, b, b0, b1, weights);
		if (points.isEmpty()) {
			diff.walk(a0, a1, b0, b1);
			return;
		}
		int i = a0;
		int j = b0;
		for (int[] point : points) {
			if (point[0] < i || point[1] < j) {
				continue; // inside the equal run of the point before
			}
			between(i, point[0], j, point[1], depth);
			int run = 0;
			while (point[0] + run < a1 && point[1] + run < b1 && a[point[0] + run] == b[point[1] + run]) {
				run++;
			}
			diff.equal(point[0], point[1], run);
			i = point[0] + run;
			j = point[1] + run;
		}
		between(i, a1, j, b1, depth);
	}

	private void between(int a0, int a1, int b0, int b1, int depth) {
		boolean nest = a1 - a0 > 1 && b1 - b0 > 1 && depth < MAX_DEPTH && budget > 0;
		if (nest) {
			align(a0, a1, b0, b1, depth + 1);
		} else {
			diff.walk(a0, a1, b0, b1);
		}
	}
}
