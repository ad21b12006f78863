package org.duizhao.text.core.normalize.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases for longest-match conversion. Besides the hash map it keeps, per first UTF-16 unit, the
 * length of the longest phrase starting with it, so most positions cost one array read.
 */
public final class PhraseTable {

	private final Map<String, String> phrases = new HashMap<>();
	private final byte[] maxLength = new byte[0x10000];

	/** @return a table of rows {@code phrase<TAB>replacement} */
	public static PhraseTable of(List<String[]> rows) {
		PhraseTable table = new PhraseTable();
		for (String[] row : rows) {
			if (row.length >= 2 && row[0].length() >= 2 && row[0].length() <= Byte.MAX_VALUE) {
				table.phrases.putIfAbsent(row[0], row[1]);
				char first = row[0].charAt(0);
				table.maxLength[first] = (byte) Math.max(table.maxLength[first], row[0].length());
			}
		}
		return table;
	}

	/**
	 * @return the length (UTF-16) of the longest phrase that starts at {@code start} of
	 *         {@code text}, or 0 when none does
	 */
	public int match(String text, int start) {
		int max = Math.min(maxLength[text.charAt(start)], text.length() - start);
		for (int len = max; len >= 2; len--) {
			if (phrases.containsKey(text.substring(start, start + len))) {
				return len;
			}
		}
		return 0;
	}

	/** @return the replacement of {@code phrase}, or {@code null} */
	public String get(String phrase) {
		return phrases.get(phrase);
	}

	/** @return the number of phrases */
	public int size() {
		return phrases.size();
	}
}
