package org.duizhao.compare.core;

import org.duizhao.text.core.TextRange;

/**
 * A run of normalized text found at the same place in the order of both texts.
 *
 * @param a original UTF-16 range in A, never {@code null}
 * @param b original UTF-16 range in B, never {@code null}
 * @param normalizedA range in A's normalized text, never {@code null}
 * @param normalizedB range in B's normalized text, never {@code null}
 * @param text the normalized text of the run, never {@code null}
 * @since 0.1
 */
public record SharedPassage(TextRange a, TextRange b, TextRange normalizedA, TextRange normalizedB, String text) {

	/** @return the length of the run in normalized UTF-16 units */
	public int length() {
		return text.length();
	}
}
