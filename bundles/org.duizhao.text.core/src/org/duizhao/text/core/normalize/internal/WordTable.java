package org.duizhao.text.core.normalize.internal;

import java.util.Arrays;
import java.util.List;

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
	 * @param rows rows {@code first<TAB>item item ...}, each item the word's characters after the
	 *        first followed by its level in digits (see {@code words.txt})
	 * @return the table
	 */
	public static WordTable of(List<String[]> rows) {
		long[] all = new long[count(rows)];
		int at = 0;
		for (String[] row : rows) {
			if (row.length < 2 || row[0].length() != 1) {
				continue;
			}
			for (String item : row[1].split(" ")) { //$NON-NLS-1$
				long packed = parse(row[0].charAt(0), item);
				if (packed != -1) {
					all[at++] = packed ^ Long.MIN_VALUE; // signed order of these is unsigned order of packed
				}
			}
		}
		all = Arrays.copyOf(all, at);
		Arrays.sort(all);
		long[] keys = new long[at];
		byte[] levels = new byte[at];
		for (int i = 0; i < at; i++) {
			long packed = all[i] ^ Long.MIN_VALUE;
			keys[i] = packed >>> 4; // at most 60 bits: positive, and ascending
			levels[i] = (byte) (packed & MAX_LEVEL);
		}
		return new WordTable(keys, levels);
	}

	private static int count(List<String[]> rows) {
		int n = 0;
		for (String[] row : rows) {
			n += row.length < 2 ? 0 : row[1].split(" ").length; //$NON-NLS-1$
		}
		return n;
	}

	/** @return the word packed with its level (64 bits, unsigned), or -1 if it cannot be packed */
	private static long parse(char first, String item) {
		int digits = item.length();
		while (digits > 0 && Character.isDigit(item.charAt(digits - 1))) {
			digits--;
		}
		if (digits == item.length() || digits < 1 || digits > 3) {
			return -1;
		}
		long key = code(first);
		for (int k = 0; k < digits; k++) {
			key = key << 15 | code(item.charAt(k));
		}
		int level = Math.min(MAX_LEVEL, Math.max(1, Integer.parseInt(item.substring(digits))));
		return key < 0 ? -1 : key << 4 | level; // a real word never packs to all ones
	}

	/** @return 1..0x5200 for a character of the block, or a negative number otherwise */
	private static long code(char c) {
		return c >= FIRST && c <= LAST ? c - FIRST + 1 : Long.MIN_VALUE >> 1;
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
