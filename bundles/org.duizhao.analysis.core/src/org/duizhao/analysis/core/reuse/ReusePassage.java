package org.duizhao.analysis.core.reuse;

/**
 * A passage two texts share, in code points of their normalized texts, ends exclusive.
 *
 * @param startA start in the first text
 * @param endA end in the first text
 * @param startB start in the second text
 * @param endB end in the second text
 * @param aligned aligned equal Han characters
 * @param score twice the aligned characters over both passages' Han characters, 0–1
 */
public record ReusePassage(int startA, int endA, int startB, int endB, int aligned, double score) {
}
