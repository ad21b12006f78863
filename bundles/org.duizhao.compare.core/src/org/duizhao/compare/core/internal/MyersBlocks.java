package org.duizhao.compare.core.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.DeltaType;

/**
 * A minimal alignment of a small part of two id sequences with java-diff-utils' Myers algorithm.
 * Callers keep the part small: Myers costs O((n + m) * d).
 */
final class MyersBlocks {

	private MyersBlocks() {
	}

	/** Aligns {@code a[a0..a1)} with {@code b[b0..b1)} and passes the blocks, in order, to {@code out}. */
	static void align(int[] a, int a0, int a1, int[] b, int b0, int b1, Consumer<Block> out) {
		List<Change> changes = new ArrayList<>(
				new MyersDiff<Integer>().computeDiff(view(a, a0, a1), view(b, b0, b1), null));
		// the path is traced back from the end, so the changes may come last-first
		changes.sort(Comparator.<Change>comparingInt(c -> c.startOriginal).thenComparingInt(c -> c.startRevised));
		int i = a0;
		int j = b0;
		for (Change c : changes) {
			if (c.deltaType == DeltaType.EQUAL) {
				continue;
			}
			int cs = a0 + c.startOriginal;
			int ce = a0 + c.endOriginal;
			int ds = b0 + c.startRevised;
			int de = b0 + c.endRevised;
			if (cs > i) {
				out.accept(Block.equal(i, j, cs - i));
			}
			out.accept(Block.replace(cs, ce, ds, de));
			i = ce;
			j = de;
		}
		if (i < a1) {
			out.accept(Block.equal(i, j, a1 - i));
		}
	}

	/** A boxed view; Myers compares with {@code equals}, so values need not be cached instances. */
	private static List<Integer> view(int[] ids, int from, int to) {
		Integer[] boxed = new Integer[to - from];
		for (int k = 0; k < boxed.length; k++) {
			boxed[k] = ids[from + k];
		}
		return new AbstractList<>() {
			@Override
			public Integer get(int index) {
				return boxed[index];
			}

			@Override
			public int size() {
				return boxed.length;
			}
		};
	}
}
