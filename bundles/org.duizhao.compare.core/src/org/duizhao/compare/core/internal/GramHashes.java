package org.duizhao.compare.core.internal;

/**
 * Hashes of every run of {@code gram} consecutive ids: the seeds of anchors and moves.
 */
final class GramHashes {

	private static final int BASE = 0x9E3779B1;

	private GramHashes() {
	}

	/**
	 * @return for each {@code p} in {@code from..to-gram}, the hash of {@code ids[p..p+gram)} at
	 *         index {@code p - from}; empty when the range is shorter than {@code gram}
	 */
	static int[] of(int[] ids, int from, int to, int gram) {
		int count = to - from - gram + 1;
		if (count <= 0) {
			return new int[0];
		}
		int[] out = new int[count];
		int power = 1;
		for (int i = 1; i < gram; i++) {
			power *= BASE;
		}
		int h = 0;
		for (int i = from; i < from + gram; i++) {
			h = h * BASE + mix(ids[i]);
		}
		out[0] = h;
		for (int p = 1; p < count; p++) {
			// rolling: drop the element leaving the window, add the one entering it
			h = (h - mix(ids[from + p - 1]) * power) * BASE + mix(ids[from + p + gram - 1]);
			out[p] = h;
		}
		return out;
	}

	private static int mix(int id) {
		int x = id * 0x85EBCA6B;
		return x ^ (x >>> 13);
	}
}
