package org.duizhao.compare.core.internal;

import java.util.List;
import java.util.Map;

import org.duizhao.text.core.TextRange;

/**
 * The tokens of one unit for the fine diff: code points, or words with the code points between
 * them. Boundaries never split a surrogate pair, so fine hunks always start and end on a code point.
 */
final class Tokens {

	final int[] bounds;
	final int[] ids;
	private int size;

	private Tokens(int capacity) {
		bounds = new int[capacity + 1];
		ids = new int[capacity];
	}

	int count() {
		return size;
	}

	int[] weights() {
		int[] w = new int[size];
		for (int t = 0; t < size; t++) {
			w[t] = bounds[t + 1] - bounds[t];
		}
		return w;
	}

	/** @return the code points of {@code text[start..end)} */
	static Tokens chars(String text, int start, int end) {
		Tokens t = new Tokens(end - start);
		t.bounds[0] = start;
		addCodePoints(t, text, start, end);
		return t;
	}

	/**
	 * @return the words (sorted ranges) inside {@code text[start..end)}, clipped to it, with each code
	 *         point between words as a token of its own
	 */
	static Tokens words(String text, int start, int end, List<TextRange> words, Map<String, Integer> dictionary) {
		Tokens t = new Tokens(end - start);
		t.bounds[0] = start;
		int cursor = start;
		for (int w = firstEndingAfter(words, start); w < words.size() && words.get(w).start() < end; w++) {
			int ws = Math.max(words.get(w).start(), cursor);
			int we = Math.min(words.get(w).end(), end);
			if (we <= ws) {
				continue;
			}
			addCodePoints(t, text, cursor, ws);
			// negative ids keep words apart from single code points
			int id = -1 - dictionary.computeIfAbsent(text.substring(ws, we), k -> dictionary.size());
			t.add(we, id);
			cursor = we;
		}
		addCodePoints(t, text, cursor, end);
		return t;
	}

	private static void addCodePoints(Tokens t, String text, int from, int to) {
		int i = from;
		while (i < to) {
			int cp = text.codePointAt(i);
			i = Math.min(to, i + Character.charCount(cp));
			t.add(i, cp);
		}
	}

	private void add(int end, int id) {
		ids[size] = id;
		size++;
		bounds[size] = end;
	}

	private static int firstEndingAfter(List<TextRange> words, int index) {
		int lo = 0;
		int hi = words.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (words.get(mid).end() <= index) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
