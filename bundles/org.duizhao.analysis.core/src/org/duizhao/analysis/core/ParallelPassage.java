package org.duizhao.analysis.core;

/**
 * A passage of one text and a passage of the other whose content overlaps despite rewording,
 * insertions, deletions and reordering.
 *
 * @param a the passage in the first original text (code points)
 * @param b the passage in the second original text (code points)
 * @param score how much of the two passages aligns, 0–1 (twice the aligned characters over both
 *            passages' Han characters)
 */
public record ParallelPassage(Span a, Span b, double score) {
}
