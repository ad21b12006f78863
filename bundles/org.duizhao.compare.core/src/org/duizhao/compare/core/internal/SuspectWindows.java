package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stretches of a sentence alignment that may be cheaper diffed as one replace block: a replaced run
 * much longer on one side than on the other, with, within that surplus, short equal runs and a
 * replaced run with a surplus on the other side.
 * <p>
 * Sentences match only when equal, so when the sentences of a passage all carry small edits, a
 * short stock sentence (a heading repeated nearby, say) may be the only match, and aligning it
 * turns the whole passage into a delete and an insert. Such a stretch is a candidate for one fine
 * diff over its whole text; the caller keeps whichever costs fewer edits. Ordinary edited sentences
 * keep about their length, so they open no window, and windows stay few and small.
 */
final class SuspectWindows {

	/** Least surplus of one side of a replace block over the other that opens a window. */
	static final int BIG = 32;

	/**
	 * Least surplus of each side in a window: with surpluses on one side only, the edits are already
	 * as few as they can be.
	 */
	static final int MIN_SIDE = 8;

	/** Largest window side in characters, so that re-diffing stays cheap. */
	static final int MAX_SIDE = 16_384;

	private final List<Block> blocks;
	private final Units ua;
	private final Units ub;

	private SuspectWindows(List<Block> blocks, Units ua, Units ub) {
		this.blocks = blocks;
		this.ua = ua;
		this.ub = ub;
	}

	/** @return windows {first block, last block + 1}, disjoint and in order, each holding an equal block */
	static List<int[]> of(List<Block> blocks, Units ua, Units ub) {
		return new SuspectWindows(blocks, ua, ub).find();
	}

	private List<int[]> find() {
		List<int[]> out = new ArrayList<>();
		int[] open = null;
		for (int k = 0; k < blocks.size(); k++) {
			Block block = blocks.get(k);
			long size = Math.abs(surplus(block));
			if (block.equal() || size < BIG) {
				continue;
			}
			int from = reach(k, -1, size);
			int to = reach(k, 1, size) + 1;
			if (open != null && from <= open[1]) {
				open[1] = Math.max(open[1], to);
			} else {
				keep(open, out);
				open = new int[] { from, to };
			}
		}
		keep(open, out);
		return out;
	}

	/** @return the farthest block from {@code k} in {@code step} direction with at most {@code margin} equal characters passed */
	private int reach(int k, int step, long margin) {
		long left = Math.min(margin, MAX_SIDE);
		long passed = 0;
		int last = k;
		for (int x = k + step; x >= 0 && x < blocks.size() && passed <= 2 * MAX_SIDE; x += step) {
			Block block = blocks.get(x);
			passed += chars(block);
			if (block.equal()) {
				left -= ua.start(block.aEnd()) - ua.start(block.aStart());
				if (left < 0) {
					break;
				}
			}
			last = x;
		}
		return last;
	}

	private void keep(int[] window, List<int[]> out) {
		if (window == null) {
			return;
		}
		long equal = 0;
		long surplusA = 0;
		long surplusB = 0;
		long chars = 0;
		for (int k = window[0]; k < window[1]; k++) {
			Block block = blocks.get(k);
			long surplus = surplus(block);
			chars += chars(block);
			if (block.equal()) {
				equal += ua.start(block.aEnd()) - ua.start(block.aStart());
			} else if (surplus > 0) {
				surplusA += surplus;
			} else {
				surplusB -= surplus;
			}
		}
		if (equal > 0 && surplusA >= MIN_SIDE && surplusB >= MIN_SIDE && chars <= 2 * MAX_SIDE) {
			out.add(window);
		}
	}

	/** @return characters of A minus characters of B in {@code block} */
	private long surplus(Block block) {
		return ua.start(block.aEnd()) - ua.start(block.aStart()) - (ub.start(block.bEnd()) - ub.start(block.bStart()));
	}

	private long chars(Block block) {
		return ua.start(block.aEnd()) - ua.start(block.aStart()) + ub.start(block.bEnd()) - ub.start(block.bStart());
	}
}
