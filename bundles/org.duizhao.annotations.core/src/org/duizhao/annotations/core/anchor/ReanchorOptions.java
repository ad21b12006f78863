package org.duizhao.annotations.core.anchor;

/**
 * Settings of re-anchoring. Immutable; start from {@link #defaults()}.
 *
 * @param fuzzyThreshold the least similarity ({@code 1 - edit distance / quote length}) at which an
 *            edited passage is found again, 0..1
 * @param fuzzyMargin how much more similar the best fuzzy match must be than the best match
 *            elsewhere (not overlapping it), 0..1; a smaller lead leaves the annotation unanchored
 * @since 0.1
 */
public record ReanchorOptions(double fuzzyThreshold, double fuzzyMargin) {

	/** Default threshold: at most one edit in five characters. */
	public static final double DEFAULT_THRESHOLD = 0.8;
	/** Default margin. */
	public static final double DEFAULT_MARGIN = 0.1;

	/** Checks the ranges. */
	public ReanchorOptions {
		if (fuzzyThreshold <= 0 || fuzzyThreshold > 1 || fuzzyMargin < 0 || fuzzyMargin > 1) {
			throw new IllegalArgumentException("threshold must be in (0, 1], margin in [0, 1]"); //$NON-NLS-1$
		}
	}

	/** @return threshold 0.8, margin 0.1 */
	public static ReanchorOptions defaults() {
		return new ReanchorOptions(DEFAULT_THRESHOLD, DEFAULT_MARGIN);
	}
}
