package org.duizhao.report.core;

/**
 * A formula (a run of four or more Han characters) both documents of a pair hold.
 *
 * @param text the formula as it reads after normalization
 * @param inA how often it occurs in A
 * @param inB how often it occurs in B
 * @param documents how many of the project's documents hold it (the fewer, the more it says)
 */
public record Formula(String text, int inA, int inB, int documents) {
}
