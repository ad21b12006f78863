package org.duizhao.compare.core;

/**
 * Summary numbers of one comparison. Character counts are code points of the normalized texts.
 *
 * @param similarity {@code 2 * (shared + moved) / (lengthA + lengthB)}: 1 for equal texts, near 0
 *            for unrelated ones (1 when both are empty)
 * @param sharedChars characters in shared passages (counted once)
 * @param insertedChars characters of B in insert hunks
 * @param deletedChars characters of A in delete hunks
 * @param changedChars per change hunk, the larger of its two sides
 * @param movedChars characters in moved passages (counted once)
 * @param insertedSentences sentences of B only in B
 * @param deletedSentences sentences of A only in A
 * @param changedSentences pairs of changed sentences
 * @param movedSentences sentences of A that mostly moved
 * @since 0.1
 */
public record CompareMetrics(double similarity, long sharedChars, long insertedChars, long deletedChars,
		long changedChars, long movedChars, int insertedSentences, int deletedSentences, int changedSentences,
		int movedSentences) {
}
