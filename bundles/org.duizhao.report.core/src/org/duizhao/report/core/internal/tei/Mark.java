package org.duizhao.report.core.internal.tei;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A range of a text that {@link TeiText} wraps in {@code <seg>}s: a coded passage, or in a comparison
 * also a difference, a shared or a parallel passage. Positions are code points, end exclusive.
 *
 * @param start where it starts
 * @param end where it ends, exclusive
 * @param id the {@code xml:id} of its first {@code <seg>} (later pieces get {@code id.2}, {@code id.3}, …)
 * @param attributes further attributes of every piece ({@code type}, {@code ana}, {@code resp}, …), in order
 * @param memo a memo written as a {@code <note>} right after the last piece, or empty
 * @param memoResp the {@code @resp} of that note, or {@code null}
 */
record Mark(int start, int end, String id, Map<String, String> attributes, String memo, String memoResp) {

	/** Copies the attributes, keeping their order. */
	Mark {
		attributes = new LinkedHashMap<>(attributes);
	}

	/** A mark without a memo. */
	Mark(int start, int end, String id, Map<String, String> attributes) {
		this(start, end, id, attributes, "", null); //$NON-NLS-1$
	}

	/** @return the attributes {@code name, value, name, value, …} in that order */
	static Map<String, String> attributes(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}
}
