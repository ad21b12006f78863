package org.duizhao.analysis.core;

import java.util.List;
import java.util.Objects;

/**
 * A run of Han characters that two texts share, as it reads in the normalized view, with every
 * occurrence in each original text.
 *
 * @param text the phrase in the normalized view (script and variants folded), not {@code null}
 * @param inA its occurrences in the first text, original code points, sorted, not empty
 * @param inB its occurrences in the second text, original code points, sorted, not empty
 */
public record SharedFormula(String text, List<Span> inA, List<Span> inB) {

	/** Checks the fields and copies the lists. */
	public SharedFormula {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		inA = List.copyOf(inA);
		inB = List.copyOf(inB);
	}

	/** @return the length of the phrase in code points */
	public int length() {
		return text.codePointCount(0, text.length());
	}
}
