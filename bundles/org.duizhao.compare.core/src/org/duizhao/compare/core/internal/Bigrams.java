package org.duizhao.compare.core.internal;

/**
 * The character bigram multiset of one sentence in a small hash table, and its Dice similarity
 * with other sentences: the test that pairs a changed sentence of A with one of B. Bigrams suit
 * Chinese, where a word is usually two characters. A table is reused from sentence to sentence so
 * that pairing allocates nothing per comparison.
 */
final class Bigrams {

	private int[] keys = new int[64];
	private int[] counts = new int[64];
	private int[] taken = new int[64];
	private int[] touched = new int[64];
	private int[] filled = new int[64];
	private int filledCount;
	private int size;

	/** Loads the bigrams of {@code text[start..end)} (a lone character counts as one). */
	void load(String text, int start, int end) {
		clear();
		size = count(start, end);
		int capacity = Integer.highestOneBit(Math.max(16, size * 2)) << 1;
		if (capacity > keys.length) {
			keys = new int[capacity];
			counts = new int[capacity];
			taken = new int[capacity];
			touched = new int[capacity];
			filled = new int[capacity];
		}
		for (int k = 0; k < size; k++) {
			int key = key(text, start, end, k);
			int slot = slot(key);
			if (counts[slot] == 0) {
				keys[slot] = key;
				filled[filledCount++] = slot;
			}
			counts[slot]++;
		}
	}

	/** Empties only the slots in use: a table grown by one long sentence stays cheap to reuse. */
	private void clear() {
		for (int f = 0; f < filledCount; f++) {
			counts[filled[f]] = 0;
		}
		filledCount = 0;
	}

	/** @return the number of bigrams of a sentence of UTF-16 range {@code start..end} */
	static int count(int start, int end) {
		int n = end - start;
		return n == 1 ? 1 : Math.max(0, n - 1);
	}

	/** @return the highest Dice value two multisets of these sizes could reach */
	static double bound(int x, int y) {
		return x + y == 0 ? 1 : 2.0 * Math.min(x, y) / (x + y);
	}

	/** @return {@code 2 |loaded ∩ other| / (|loaded| + |other|)} for the bigrams of {@code text[start..end)} */
	double dice(String text, int start, int end) {
		int other = count(start, end);
		if (size + other == 0) {
			return 1;
		}
		int common = 0;
		int touchedCount = 0;
		for (int k = 0; k < other; k++) {
			int slot = slot(key(text, start, end, k));
			if (counts[slot] > taken[slot]) {
				if (taken[slot] == 0) {
					touched[touchedCount++] = slot;
				}
				taken[slot]++;
				common++;
			}
		}
		for (int t = 0; t < touchedCount; t++) {
			taken[touched[t]] = 0;
		}
		return 2.0 * common / (size + other);
	}

	/** @return the Dice similarity of two ranges, for one-off use */
	static double of(String a, int as, int ae, String b, int bs, int be) {
		Bigrams table = new Bigrams();
		table.load(a, as, ae);
		return table.dice(b, bs, be);
	}

	private static int key(String text, int start, int end, int k) {
		if (end - start == 1) {
			return text.charAt(start);
		}
		return text.charAt(start + k) << 16 | text.charAt(start + k + 1);
	}

	/** @return the slot holding {@code key}, or the empty slot where it would go */
	private int slot(int key) {
		int mask = keys.length - 1;
		int h = (key * 0x9E3779B1) >>> 7 & mask;
		while (counts[h] > 0 && keys[h] != key) {
			h = (h + 1) & mask;
		}
		return h;
	}
}
