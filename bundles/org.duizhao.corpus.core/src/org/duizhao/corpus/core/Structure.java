package org.duizhao.corpus.core;

import java.util.List;
import java.util.Objects;

import org.duizhao.text.core.TextRange;

/**
 * The layout of a decoded text: paragraphs and headings as UTF-16 ranges of the text (stored in
 * {@code structure.json} as code point ranges).
 *
 * @param paragraphs paragraph ranges in order, never {@code null}
 * @param headings heading ranges in order, never {@code null}
 */
public record Structure(List<TextRange> paragraphs, List<Heading> headings) {

	/** Copies the lists. */
	public Structure {
		paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs")); //$NON-NLS-1$
		headings = List.copyOf(Objects.requireNonNull(headings, "headings")); //$NON-NLS-1$
	}

	/**
	 * A heading.
	 *
	 * @param level 1 (top) to 6
	 * @param range its text, not {@code null}
	 */
	public record Heading(int level, TextRange range) {
		/** Checks the range. */
		public Heading {
			Objects.requireNonNull(range, "range"); //$NON-NLS-1$
		}
	}
}
