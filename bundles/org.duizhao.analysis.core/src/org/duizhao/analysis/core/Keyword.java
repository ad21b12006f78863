package org.duizhao.analysis.core;

/**
 * A word over-represented in one text (or group) against another, by log-likelihood keyness.
 *
 * @param word the word as it reads in the normalized view
 * @param countA occurrences in the first text or group
 * @param countB occurrences in the second
 * @param perMillionA relative frequency in the first, per million words
 * @param perMillionB relative frequency in the second, per million words
 * @param g2 the log-likelihood statistic (G²); 3.84 is p &lt; 0.05, 6.63 p &lt; 0.01, 10.83 p &lt; 0.001
 */
public record Keyword(String word, long countA, long countB, double perMillionA, double perMillionB, double g2) {
}
