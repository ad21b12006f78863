package org.duizhao.compare.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.SharedPassage;

/**
 * Maps a position in one original text to the corresponding position in the other, for
 * synchronized scrolling: shared passages are fixed points, positions between them are
 * interpolated. Monotone in both directions. UI-free.
 */
public final class OffsetMap {

	private final int[] a;
	private final int[] b;

	private OffsetMap(int[] a, int[] b) {
		this.a = a;
		this.b = b;
	}

	/** @return the map of {@code result} */
	public static OffsetMap of(CompareResult result) {
		List<int[]> anchors = new ArrayList<>();
		anchors.add(new int[] { 0, 0 });
		for (SharedPassage p : result.shared()) {
			add(anchors, p.a().start(), p.b().start());
			add(anchors, p.a().end(), p.b().end());
		}
		add(anchors, result.a().text().original().length(), result.b().text().original().length());
		int[] xs = new int[anchors.size()];
		int[] ys = new int[anchors.size()];
		for (int k = 0; k < xs.length; k++) {
			xs[k] = anchors.get(k)[0];
			ys[k] = anchors.get(k)[1];
		}
		return new OffsetMap(xs, ys);
	}

	private static void add(List<int[]> anchors, int x, int y) {
		int[] last = anchors.get(anchors.size() - 1);
		if (x >= last[0] && y >= last[1]) {
			anchors.add(new int[] { x, y });
		}
	}

	/** @return the position in the other text matching {@code offset} of {@code from} */
	public int map(Side from, int offset) {
		return from == Side.A ? interpolate(a, b, offset) : interpolate(b, a, offset);
	}

	private static int interpolate(int[] xs, int[] ys, int x) {
		int lo = 0;
		int hi = xs.length - 1;
		if (x <= xs[0]) {
			return ys[0];
		}
		if (x >= xs[hi]) {
			return ys[hi];
		}
		while (hi - lo > 1) {
			int mid = (lo + hi) >>> 1;
			if (xs[mid] <= x) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		int dx = xs[hi] - xs[lo];
		if (dx == 0) {
			return ys[lo];
		}
		return ys[lo] + (int) ((long) (x - xs[lo]) * (ys[hi] - ys[lo]) / dx);
	}
}
