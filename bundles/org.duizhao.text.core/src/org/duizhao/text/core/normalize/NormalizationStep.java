package org.duizhao.text.core.normalize;

/**
 * One step of normalization: derives a new view from the previous one with
 * {@link NormalizedText.Builder}, so that the map back to the original is composed exactly.
 */
@FunctionalInterface
public interface NormalizationStep {

	/**
	 * @param input the previous view, never {@code null}
	 * @param log where the step records what it folded or dropped, never {@code null} (use
	 *            {@link FoldLog#discarding()} when nobody asks)
	 * @return the new view, never {@code null}; {@code input} itself when nothing changed
	 */
	NormalizedText apply(NormalizedText input, FoldLog log);
}
