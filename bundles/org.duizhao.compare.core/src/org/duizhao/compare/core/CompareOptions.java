package org.duizhao.compare.core;

/**
 * Settings of one comparison. Immutable; start from {@link #defaults()} and use the withers.
 *
 * @param granularity how paired sentences are diffed, never {@code null}
 * @param detectMoves whether passages found in both texts in a different order become
 *            {@link HunkType#MOVE} hunks
 * @param minMoveLength the shortest passage (normalized UTF-16 units) reported as a move
 * @param pairThreshold the least character-bigram Dice similarity at which a changed sentence of A
 *            is paired with one of B (0..1)
 * @since 0.1
 */
public record CompareOptions(Granularity granularity, boolean detectMoves, int minMoveLength,
		double pairThreshold) {

	/** Default shortest move: long enough that stock phrases do not count as moves. */
	public static final int DEFAULT_MIN_MOVE = 12;

	/** Default pairing threshold. */
	public static final double DEFAULT_PAIR_THRESHOLD = 0.5;

	/** @return character granularity, moves on, defaults above */
	public static CompareOptions defaults() {
		return new CompareOptions(Granularity.CHAR, true, DEFAULT_MIN_MOVE, DEFAULT_PAIR_THRESHOLD);
	}

	/** @return a copy with another granularity */
	public CompareOptions withGranularity(Granularity value) {
		return new CompareOptions(value, detectMoves, minMoveLength, pairThreshold);
	}

	/** @return a copy with moves switched on or off */
	public CompareOptions withMoves(boolean value) {
		return new CompareOptions(granularity, value, minMoveLength, pairThreshold);
	}

	/** @return a copy with another shortest move */
	public CompareOptions withMinMoveLength(int value) {
		return new CompareOptions(granularity, detectMoves, value, pairThreshold);
	}

	/** @return a copy with another pairing threshold */
	public CompareOptions withPairThreshold(double value) {
		return new CompareOptions(granularity, detectMoves, minMoveLength, value);
	}
}
