package org.duizhao.analysis.core;

/**
 * A range of an original text in Unicode code points, end exclusive: what every result of the
 * analysis points at.
 *
 * @param start inclusive
 * @param end exclusive, {@code >= start}
 */
public record Span(int start, int end) {

	/** Checks the range. */
	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return the length in code points */
	public int length() {
		return end - start;
	}
}
