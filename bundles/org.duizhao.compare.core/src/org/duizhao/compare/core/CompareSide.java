package org.duizhao.compare.core;

import java.util.List;
import java.util.Objects;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * One document as the comparer sees it: a normalized view and its segmentation.
 * <p>
 * A facade assembles it from a normalizer and a segmenter; tests may use
 * {@link NormalizedText#identity(String)} and their own splitter. All ranges are UTF-16 ranges of
 * the <em>normalized</em> text, sorted and non-overlapping; characters between sentences are
 * compared with the sentence before them.
 *
 * @param text the normalized view, never {@code null}
 * @param sentences sentence ranges over {@code text.text()}, never {@code null} (may be empty: the
 *            whole text is then one sentence)
 * @param words word ranges over {@code text.text()}, or {@code null} when the caller has none (then
 *            {@link Granularity#WORD} falls back to characters)
 * @since 0.1
 */
public record CompareSide(NormalizedText text, List<TextRange> sentences, List<TextRange> words) {

	/** Copies the lists; argument checks are done by {@link Comparer}. */
	public CompareSide {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences")); //$NON-NLS-1$
		words = words == null ? null : List.copyOf(words);
	}

	/** @return a side without word ranges */
	public static CompareSide of(NormalizedText text, List<TextRange> sentences) {
		return new CompareSide(text, sentences, null);
	}
}
