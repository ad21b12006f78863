package org.duizhao.analysis.core.reuse;

import java.util.List;
import java.util.Objects;

/**
 * Two documents that share passages, and how much.
 *
 * @param a the first document's id (the pair is ordered as the documents were given)
 * @param b the second document's id
 * @param resemblance the MinHash estimate of the shingle sets' Jaccard index, 0–1
 * @param shared the volume of shared passages: aligned Han characters over all passages
 * @param hanA Han characters of the first text
 * @param hanB Han characters of the second text
 * @param passages the shared passages, in the order of the first text
 * @param estimatedContainment the share of the smaller text's shingle samples that the other text
 *            has ({@link ContainmentSamples#containment}), 0–1: what made the pair a candidate by
 *            containment
 */
public record ReusePair(String a, String b, double resemblance, int shared, int hanA, int hanB,
		List<ReusePassage> passages, double estimatedContainment) {

	/** Checks the ids and copies the list. */
	public ReusePair {
		Objects.requireNonNull(a, "a"); //$NON-NLS-1$
		Objects.requireNonNull(b, "b"); //$NON-NLS-1$
		passages = List.copyOf(passages);
	}

	/** A pair whose containment was not estimated (0). */
	public ReusePair(String a, String b, double resemblance, int shared, int hanA, int hanB,
			List<ReusePassage> passages) {
		this(a, b, resemblance, shared, hanA, hanB, passages, 0);
	}

	/** @return this pair with {@code value} as its estimated containment */
	public ReusePair withEstimatedContainment(double value) {
		return new ReusePair(a, b, resemblance, shared, hanA, hanB, passages, value);
	}

	/**
	 * @return the containment the alignment measured: the share of the shorter text (in Han
	 *         characters) that the shared passages cover, 0–1
	 */
	public double coverage() {
		int shorter = Math.min(hanA, hanB);
		return shorter == 0 ? 0 : Math.min(1, shared / (double) shorter);
	}
}
