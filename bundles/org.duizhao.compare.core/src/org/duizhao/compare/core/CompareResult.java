package org.duizhao.compare.core;

import java.util.List;

/**
 * The outcome of comparing two texts. Immutable.
 *
 * @param a text A as compared, never {@code null}
 * @param b text B as compared, never {@code null}
 * @param hunks the differences ordered by their range in A, then by their start in B, never
 *            {@code null}
 * @param shared the passages equal at the same place, in order, never {@code null}
 * @param links the sentence alignment, in order, never {@code null}
 * @param metrics never {@code null}
 * @since 0.1
 */
public record CompareResult(CompareSide a, CompareSide b, List<Hunk> hunks, List<SharedPassage> shared,
		List<SentenceLink> links, CompareMetrics metrics) {

	/** Copies the lists. */
	public CompareResult {
		hunks = List.copyOf(hunks);
		shared = List.copyOf(shared);
		links = List.copyOf(links);
	}
}
