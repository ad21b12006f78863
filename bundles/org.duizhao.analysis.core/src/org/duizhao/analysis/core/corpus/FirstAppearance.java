package org.duizhao.analysis.core.corpus;

/**
 * Where a phrase was first seen in a region: the earliest dated document of that region holding it.
 *
 * @param region the region
 * @param date that document's date
 * @param document that document
 */
public record FirstAppearance(String region, String date, CorpusDocument document) {
}
