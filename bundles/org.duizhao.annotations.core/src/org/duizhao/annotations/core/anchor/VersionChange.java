package org.duizhao.annotations.core.anchor;

import org.duizhao.corpus.core.Document;

/**
 * A document's new version and what re-anchoring did with its annotations.
 *
 * @param document the document with its new current version, not {@code null}
 * @param reanchoring the outcome per annotation and the counts, not {@code null}
 * @since 0.1
 */
public record VersionChange(Document document, ReanchorResult reanchoring) {

	/** @return the counts to report: exact, quote, fuzzy, unanchored */
	public ReanchorCounts counts() {
		return reanchoring.counts();
	}
}
