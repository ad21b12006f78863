package org.duizhao.analysis.core.internal;

import java.util.Arrays;

/**
 * The suffix automaton of one text (UTF-16 units): the smallest automaton that accepts every
 * substring, built in linear time and space. Used to find in linear time, for each end position of
 * another text, the longest substring ending there that also occurs in this one ("matching
 * statistics").
 * <p>
 * Transitions are kept in one open-addressing hash table keyed by (state, unit), so memory stays
 * linear in the text's length whatever its alphabet (a Chinese text has thousands of distinct
 * characters, too many for per-state arrays).
 */
public final class SuffixAutomaton {

	private int[] link;
	private int[] len;
	private int[] firstEnd;
	private int size;
	private final Transitions next;

	/** Builds the automaton of {@code text}. */
	public SuffixAutomaton(CharSequence text) {
		int capacity = Math.max(2, 2 * text.length());
		link = new int[capacity];
		len = new int[capacity];
		firstEnd = new int[capacity];
		next = new Transitions(3 * text.length() + 16);
		link[0] = -1;
		size = 1;
		int last = 0;
		for (int i = 0; i < text.length(); i++) {
			last = extend(last, text.charAt(i), i);
		}
	}

	private int extend(int last, char c, int position) {
		int cur = size++;
		len[cur] = len[last] + 1;
		firstEnd[cur] = position;
		int p = last;
		while (p != -1 && next.get(p, c) < 0) {
			next.put(p, c, cur);
			p = link[p];
		}
		if (p == -1) {
			link[cur] = 0;
			return cur;
		}
		int q = next.get(p, c);
		if (len[p] + 1 == len[q]) {
			link[cur] = q;
			return cur;
		}
		int clone = size++;
		len[clone] = len[p] + 1;
		link[clone] = link[q];
		firstEnd[clone] = firstEnd[q];
		next.copy(q, clone);
		while (p != -1 && next.get(p, c) == q) {
			next.put(p, c, clone);
			p = link[p];
		}
		link[q] = clone;
		link[cur] = clone;
		return cur;
	}

	/**
	 * Matching statistics of {@code other} against this text.
	 *
	 * @param other the other text
	 * @param breaks units of {@code other} that no match may contain (they reset the walk)
	 * @param endsHere if not {@code null}, receives per position of {@code other} the end (inclusive)
	 *            in this text of one occurrence of the match, or -1 where there is none
	 * @return per position {@code i} of {@code other}: the length of the longest substring of
	 *         {@code other} ending at {@code i} (inclusive) that occurs in this text
	 */
	public int[] matchLengths(CharSequence other, java.util.function.IntPredicate breaks, int[] endsHere) {
		int[] out = new int[other.length()];
		int state = 0;
		int length = 0;
		for (int i = 0; i < other.length(); i++) {
			char c = other.charAt(i);
			if (breaks.test(i)) {
				state = 0;
				length = 0;
				if (endsHere != null) {
					endsHere[i] = -1;
				}
				continue;
			}
			while (state != 0 && next.get(state, c) < 0) {
				state = link[state];
				length = len[state];
			}
			int to = next.get(state, c);
			if (to >= 0) {
				state = to;
				length++;
			} else {
				length = 0;
			}
			out[i] = length;
			if (endsHere != null) {
				endsHere[i] = length > 0 ? firstEnd[state] : -1;
			}
		}
		return out;
	}

	/** @return the number of states (for tests: at most twice the text's length) */
	public int states() {
		return size;
	}

	/** Open-addressing map from (state, unit) to state; -1 when absent. */
	private static final class Transitions {
		private long[] keys;
		private int[] values;
		private int count;
		// each state's own characters, as linked lists, so a clone copies only its source's transitions
		private int[] head = new int[16];
		private char[] edgeChar = new char[16];
		private int[] edgeNext = new int[16];
		private int edges;

		Transitions(int expected) {
			int cap = Integer.highestOneBit(Math.max(16, expected * 2)) << 1;
			keys = new long[cap];
			Arrays.fill(keys, -1L);
			values = new int[cap];
			Arrays.fill(head, -1);
		}

		int get(int state, char c) {
			long key = key(state, c);
			int mask = keys.length - 1;
			for (int i = slot(key, mask);; i = (i + 1) & mask) {
				long k = keys[i];
				if (k == key) {
					return values[i];
				}
				if (k == -1L) {
					return -1;
				}
			}
		}

		void put(int state, char c, int to) {
			if (2 * (count + 1) > keys.length) {
				grow();
			}
			long key = key(state, c);
			int mask = keys.length - 1;
			int i = slot(key, mask);
			while (keys[i] != -1L && keys[i] != key) {
				i = (i + 1) & mask;
			}
			if (keys[i] == -1L) {
				count++;
				addEdge(state, c);
			}
			keys[i] = key;
			values[i] = to;
		}

		private void addEdge(int state, char c) {
			if (state >= head.length) {
				int old = head.length;
				head = Arrays.copyOf(head, Math.max(state + 1, old * 2));
				Arrays.fill(head, old, head.length, -1);
			}
			if (edges == edgeChar.length) {
				edgeChar = Arrays.copyOf(edgeChar, edges * 2);
				edgeNext = Arrays.copyOf(edgeNext, edges * 2);
			}
			edgeChar[edges] = c;
			edgeNext[edges] = head[state];
			head[state] = edges++;
		}

		/** Copies every transition of {@code from} to {@code to} (a clone state). */
		void copy(int from, int to) {
			if (from >= head.length) {
				return;
			}
			for (int e = head[from]; e >= 0; e = edgeNext[e]) {
				put(to, edgeChar[e], get(from, edgeChar[e]));
			}
		}

		private void grow() {
			long[] oldKeys = keys;
			int[] oldValues = values;
			keys = new long[oldKeys.length * 2];
			Arrays.fill(keys, -1L);
			values = new int[oldKeys.length * 2];
			int mask = keys.length - 1;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldKeys[i] != -1L) {
					int j = slot(oldKeys[i], mask);
					while (keys[j] != -1L) {
						j = (j + 1) & mask;
					}
					keys[j] = oldKeys[i];
					values[j] = oldValues[i];
				}
			}
		}

		private static long key(int state, char c) {
			return ((long) state << 16) | c;
		}

		private static int slot(long key, int mask) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h >>> 32) & mask;
		}
	}
}
