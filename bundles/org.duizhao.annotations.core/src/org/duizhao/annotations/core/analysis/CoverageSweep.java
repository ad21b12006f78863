package org.duizhao.annotations.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Sweeps a document of {@code length} characters from one passage end to the next, and reports each
 * stretch of characters on which every coder's value (1 covered by one of the coder's passages, 0
 * not) stays the same.
 */
final class CoverageSweep {

	/** Receives a stretch: the coders' values and its length in characters. */
	interface Stretch {
		void accept(int[] values, double length);
	}

	private CoverageSweep() {
	}

	/**
	 * @param passages {coder, start, end} in code points (clamped to the document)
	 * @param coders the number of coders
	 * @param length the document's length in code points
	 */
	static void sweep(List<int[]> passages, int coders, int length, Stretch out) {
		List<long[]> events = new ArrayList<>();
		for (int[] p : passages) {
			int s = Math.max(0, Math.min(length, p[1]));
			int e = Math.max(s, Math.min(length, p[2]));
			if (e > s) {
				events.add(new long[] { s, p[0], 1 });
				events.add(new long[] { e, p[0], -1 });
			}
		}
		events.sort((x, y) -> Long.compare(x[0], y[0]));
		int[] depth = new int[coders];
		int at = 0;
		for (long[] ev : events) {
			int pos = (int) ev[0];
			if (pos > at) {
				out.accept(values(depth), pos - at);
				at = pos;
			}
			depth[(int) ev[1]] += (int) ev[2];
		}
		if (length > at) {
			out.accept(values(depth), length - at);
		}
	}

	private static int[] values(int[] depth) {
		int[] v = new int[depth.length];
		for (int i = 0; i < depth.length; i++) {
			v[i] = depth[i] > 0 ? 1 : 0;
		}
		return v;
	}
}
