package org.duizhao.annotations.core.internal.anchor;

import java.util.function.IntConsumer;

/**
 * Every {@value #Q}-gram of a text (code points) with its positions, as a hash table with chains in
 * arrays: built in one pass on first use (no sorting), so that it costs nothing when every
 * annotation is carried over exactly. Shared by the quote and fuzzy searches of one new text.
 */
final class GramIndex {

	/** Gram length in code points: three Chinese characters are already quite selective. */
	static final int Q = 3;

	private final int[] text;
	private int mask;
	/** Per bucket, the last position in it plus one (0: none). */
	private int[] head;
	/** Per position, the previous position in its bucket plus one. */
	private int[] chain;
	private int[] hashes;

	GramIndex(int[] text) {
		this.text = text;
	}

	/** @return the number of grams (positions) */
	int size() {
		return Math.max(0, text.length - Q + 1);
	}

	/** @return the hash of the gram at {@code at} (collisions only add candidates, checked later) */
	static int hash(int[] cps, int at) {
		int h = 0;
		for (int k = 0; k < Q; k++) {
			h = h * 0x9E3779B1 + cps[at + k];
		}
		return h ^ h >>> 15;
	}

	/** @return how many positions have {@code hash}, counting no further than {@code cap} */
	int count(int hash, int cap) {
		build();
		int n = 0;
		for (int k = head[hash & mask]; k != 0 && n < cap; k = chain[k - 1]) {
			if (hashes[k - 1] == hash) {
				n++;
			}
		}
		return n;
	}

	/** Gives every position of {@code hash}, last first. */
	void forEach(int hash, IntConsumer position) {
		build();
		for (int k = head[hash & mask]; k != 0; k = chain[k - 1]) {
			if (hashes[k - 1] == hash) {
				position.accept(k - 1);
			}
		}
	}

	private void build() {
		if (head != null) {
			return;
		}
		int n = size();
		int buckets = Integer.highestOneBit(Math.max(16, n)) << 1;
		mask = buckets - 1;
		int[] heads = new int[buckets];
		chain = new int[n];
		hashes = new int[n];
		for (int i = 0; i < n; i++) {
			int h = hash(text, i);
			hashes[i] = h;
			chain[i] = heads[h & mask];
			heads[h & mask] = i + 1;
		}
		head = heads;
	}
}
