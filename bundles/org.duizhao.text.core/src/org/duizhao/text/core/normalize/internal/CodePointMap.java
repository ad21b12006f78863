package org.duizhao.text.core.normalize.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A map from single code points to replacement strings, with a flat array for the Basic
 * Multilingual Plane because it is consulted once per character of every text.
 *
 * @param <V> the value type
 */
public final class CodePointMap<V> {

	private final Object[] bmp = new Object[0x10000];
	private final Map<Integer, V> supplementary = new HashMap<>();
	private int size;

	/** Adds (or replaces) the value for {@code codePoint}. */
	public void put(int codePoint, V value) {
		if (get(codePoint) == null) {
			size++;
		}
		if (codePoint < 0x10000) {
			bmp[codePoint] = value;
		} else {
			supplementary.put(codePoint, value);
		}
	}

	/** @return the value for {@code codePoint}, or {@code null} */
	@SuppressWarnings("unchecked")
	public V get(int codePoint) {
		if (codePoint < 0x10000) {
			return (V) bmp[codePoint];
		}
		return supplementary.isEmpty() ? null : supplementary.get(codePoint);
	}

	/** @return the number of mapped code points */
	public int size() {
		return size;
	}

	/** @return a map of the rows whose key is a single code point: column 0 to column 1 */
	public static CodePointMap<String> of(List<String[]> rows) {
		CodePointMap<String> map = new CodePointMap<>();
		for (String[] row : rows) {
			if (row.length >= 2 && row[0].codePointCount(0, row[0].length()) == 1 && map.get(row[0].codePointAt(0)) == null) {
				map.put(row[0].codePointAt(0), row[1]);
			}
		}
		return map;
	}
}
