package org.duizhao.report.core;

/**
 * A passage of document A matched with one of document B: a shared passage (equal after
 * normalization, score 1) or a parallel passage (reworded, scored). Positions in code points.
 *
 * @param aStart start in A
 * @param aEnd end in A, exclusive
 * @param bStart start in B
 * @param bEnd end in B, exclusive
 * @param aText A's text of the range
 * @param bText B's text of the range
 * @param score how much of the two aligns, 0..1
 */
public record MatchedPassage(int aStart, int aEnd, int bStart, int bEnd, String aText, String bText, double score) {
}
