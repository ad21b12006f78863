package org.duizhao.analysis.core.corpus;

import org.duizhao.analysis.core.Span;

/**
 * One occurrence of a phrase in a document.
 *
 * @param phrase the phrase as asked for
 * @param document the document's id
 * @param span where it stands in the document's original text (code points, end exclusive)
 */
public record PhraseHit(String phrase, String document, Span span) {
}
