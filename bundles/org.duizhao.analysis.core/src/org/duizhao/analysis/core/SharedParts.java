package org.duizhao.analysis.core;

import java.util.List;

/**
 * What the two passages of a {@link ParallelPassage} have in common word for word: the stretches of
 * each that the other passage also holds, so that a reader sees at a glance how much was kept and
 * what was reworded.
 *
 * @param inA stretches of the first passage, original code points, sorted, not overlapping
 * @param inB stretches of the second passage, original code points, sorted, not overlapping
 * @since 0.1
 */
public record SharedParts(List<Span> inA, List<Span> inB) {

	/** Copies the lists. */
	public SharedParts {
		inA = List.copyOf(inA);
		inB = List.copyOf(inB);
	}
}
