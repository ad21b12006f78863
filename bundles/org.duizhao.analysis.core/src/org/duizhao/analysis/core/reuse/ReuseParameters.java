package org.duizhao.analysis.core.reuse;

/**
 * How corpus-wide reuse is found.
 *
 * @param shingle characters per shingle (Han characters, never across a paragraph)
 * @param hashes MinHash functions per signature; a multiple of {@code rows}
 * @param rows signature rows per LSH band
 * @param threshold the lowest estimated resemblance (Jaccard of the shingle sets) of a pair that is
 *            aligned, 0–1
 * @param minPassage the fewest aligned Han characters of a shared passage
 * @param minScore the lowest score of a shared passage, 0–1
 * @param containment the lowest estimated containment (the share of the smaller text's shingles
 *            in the larger, {@link ContainmentIndex}) that also makes a pair a candidate, 0–1;
 *            {@code 0} finds candidates by resemblance alone
 */
public record ReuseParameters(int shingle, int hashes, int rows, double threshold, int minPassage, double minScore,
		double containment) {

	/** The lowest resemblance unless told otherwise. */
	public static final double DEFAULT_THRESHOLD = 0.3;
	/**
	 * The lowest containment unless told otherwise: a notice that takes three paragraphs of a decision
	 * and adds a few of its own is about half the decision's; below a third, what two texts share
	 * is mostly a few stock sentences, which the alignment would reject at a cost.
	 */
	public static final double DEFAULT_CONTAINMENT = 0.3;
	/** Signature length unless told otherwise. */
	public static final int DEFAULT_HASHES = 120;
	/** Characters per shingle unless told otherwise. */
	public static final int DEFAULT_SHINGLE = 5;
	/** How likely a pair exactly at the threshold must be to become a candidate. */
	static final double RECALL_AT_THRESHOLD = 0.98;

	/** Checks the values. */
	public ReuseParameters {
		if (shingle < 2 || hashes < 1 || rows < 1 || hashes % rows != 0) {
			throw new IllegalArgumentException("bad shingle, hashes or rows"); //$NON-NLS-1$
		}
		if (!(threshold > 0 && threshold <= 1) || !(minScore >= 0 && minScore <= 1) || minPassage < 1) {
			throw new IllegalArgumentException("bad threshold, score or passage length"); //$NON-NLS-1$
		}
		if (!(containment >= 0 && containment <= 1)) {
			throw new IllegalArgumentException("bad containment"); //$NON-NLS-1$
		}
	}

	/**
	 * @return the defaults: 5-character shingles, 120 hashes, threshold 0.3, containment 0.3, passages
	 *         of 12 characters and 0.5
	 */
	public static ReuseParameters defaults() {
		return withThreshold(DEFAULT_THRESHOLD);
	}

	/**
	 * @param threshold the lowest resemblance, 0–1
	 * @return the defaults with that threshold, and the most rows per band that still make a pair at
	 *         the threshold a candidate with probability {@value #RECALL_AT_THRESHOLD}
	 */
	public static ReuseParameters withThreshold(double threshold) {
		return new ReuseParameters(DEFAULT_SHINGLE, DEFAULT_HASHES, rowsFor(threshold, DEFAULT_HASHES), threshold, 12,
				0.5, DEFAULT_CONTAINMENT);
	}

	/**
	 * @param value the lowest containment, 0–1; {@code 0} turns candidates by containment off
	 * @return these parameters with that containment
	 */
	public ReuseParameters withContainment(double value) {
		return new ReuseParameters(shingle, hashes, rows, threshold, minPassage, minScore, value);
	}

	/** @return whether pairs are also candidates by containment */
	public boolean containmentOn() {
		return containment > 0;
	}

	/** @return the number of LSH bands */
	public int bands() {
		return hashes / rows;
	}

	/** @return the probability that a pair of resemblance {@code s} shares at least one band */
	public double candidateProbability(double s) {
		return 1 - Math.pow(1 - Math.pow(s, rows), bands());
	}

	static int rowsFor(double threshold, int hashes) {
		int best = 1;
		for (int r = 1; r <= 8; r++) {
			if (hashes % r != 0) {
				continue;
			}
			double p = 1 - Math.pow(1 - Math.pow(threshold, r), hashes / r);
			if (p >= RECALL_AT_THRESHOLD) {
				best = r;
			}
		}
		return best;
	}
}
