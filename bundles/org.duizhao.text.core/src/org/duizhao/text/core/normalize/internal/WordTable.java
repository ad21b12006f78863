package org.duizhao.text.core.normalize.internal;

import java.util.Arrays;

/**
 * Word frequencies for deciding look-alikes: words of two to four characters of the CJK Unified
 * Ideographs block (U+4E00..U+9FFF) with the rounded base-2 logarithm of their frequency (its
 * "level", capped at 15). A word is packed into one {@code long} (15 bits a character, the level
 * in the low 4 bits), so the table is one sorted array searched by bisection rather than 300,000
 * strings.
 */
public final class WordTable {

	private static final int FIRST = 0x4E00;
	private static final int LAST = 0x9FFF;
	private static final int MAX_LEVEL = 15;

	private final long[] keys;
	private final byte[] levels;

	private WordTable(long[] keys, byte[] levels) {
		this.keys = keys;
		this.levels = levels;
	}

	/**
	 * @param text lines {@code first<TAB>item item ...}, each item the word's characters after the
	 *        first followed by its level in digits; lines starting with {@code #} are comments (see
	 *        {@code words.txt}). Parsed by hand: the file holds 300,000 words.
	 * @return the table
	 */
	public static WordTable parse(String text) {
		long[] all = new long[text.length() / 3 + 1];
		int count = 0;
		int i = 0;
		while (i < text.length()) {
			int lineEnd = text.indexOf('\n', i);
			lineEnd = lineEnd < 0 ? text.length() : lineEnd;
			if (text.charAt(i) != '#' && i + 2 < lineEnd && text.charAt(i + 1) == '\t') {
				count = parseLine(text, i + 2, lineEnd, code(text.charAt(i)), all, count);
			}
			i = lineEnd + 1;
		}
		all = Arrays.copyOf(all, count);
		Arrays.sort(all);
		long[] keys = new long[count];
		byte[] levels = new byte[count];
		for (int k = 0; k < count; k++) {
			long packed = all[k] ^ Long.MIN_VALUE;
			keys[k] = packed >>> 4; // at most 60 bits: positive, and ascending
			levels[k] = (byte) (packed & MAX_LEVEL);
		}
		return new WordTable(keys, levels);
	}

	/** Packs the items of one line into {@code all} from {@code count}; @return the new count */
	private static int parseLine(String text, int from, int to, long first, long[] all, int count) {
		long key = first;
		int chars = 1;
		int level = 0;
		for (int i = from; i <= to; i++) {
			char c = i < to ? text.charAt(i) : ' ';
			if (c >= '0' && c <= '9') {
				level = level * 10 + c - '0';
			} else if (c == ' ') {
				if (first > 0 && key > 0 && chars >= 2 && chars <= 4 && level > 0) {
					// the sign flip makes signed order the unsigned order of the packed words
					all[count++] = (key << 4 | Math.min(MAX_LEVEL, level)) ^ Long.MIN_VALUE;
				}
				key = first;
				chars = 1;
				level = 0;
			} else {
				long code = code(c);
				key = code < 0 ? -1 : key << 15 | code;
				chars++;
			}
		}
		return count;
	}

	/** @return 1..0x5200 for a character of the block, or -1 otherwise */
	private static long code(char c) {
		return c >= FIRST && c <= LAST ? c - FIRST + 1 : -1;
	}

	/**
	 * Looks up characters {@code from..to} of {@code text} (two to four) as a word.
	 *
	 * @return the word's level (1 to 15), or 0 if it is no word
	 */
	public int level(CharSequence text, int from, int to) {
		int length = to - from;
		if (length < 2 || length > 4) {
			return 0;
		}
		long key = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < FIRST || c > LAST) {
				return 0;
			}
			key = key << 15 | (c - FIRST + 1);
		}
		int found = Arrays.binarySearch(keys, key);
		return found < 0 ? 0 : levels[found];
	}

	/** @return the number of words */
	public int size() {
		return keys.length;
	}
}
