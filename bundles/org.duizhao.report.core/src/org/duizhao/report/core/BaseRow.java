package org.duizhao.report.core;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.corpus.core.Document;

/**
 * One document compared with the base: the summary figures and what became of the base's
 * sentences in it.
 *
 * @param document the other document
 * @param metrics the comparison's figures (similarity, characters inserted, deleted, changed,
 *            moved; code points of the normalized texts)
 * @param sentences the number of base sentences
 * @param kept the share of base sentences found unchanged (possibly elsewhere), 0..1
 * @param changed the share found as an edited sentence, 0..1
 * @param dropped the share not found, 0..1
 */
public record BaseRow(Document document, CompareMetrics metrics, int sentences, double kept, double changed,
		double dropped) {
}
