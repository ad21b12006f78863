package org.duizhao.analysis.core.corpus;

/**
 * A dated document holding a phrase: one point of the timeline.
 *
 * @param phrase the phrase
 * @param document the document
 * @param occurrences how often it occurs there
 */
public record TimelinePoint(String phrase, CorpusDocument document, int occurrences) {
}
