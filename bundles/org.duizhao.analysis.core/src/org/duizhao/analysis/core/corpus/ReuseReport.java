package org.duizhao.analysis.core.corpus;

import java.util.List;

import org.duizhao.analysis.core.reuse.ReuseParameters;

/**
 * Corpus-wide reuse in a project: the documents compared and every pair that shares passages.
 *
 * @param documents the documents, in project order
 * @param links the pairs, largest shared volume first
 * @param parameters how they were found
 * @param candidates how many candidate pairs were aligned
 */
public record ReuseReport(List<CorpusDocument> documents, List<ReuseLink> links, ReuseParameters parameters,
		int candidates) {

	/** Copies the lists. */
	public ReuseReport {
		documents = List.copyOf(documents);
		links = List.copyOf(links);
	}

	/** @return the largest shared volume of a pair (0 when there is none) */
	public int maxShared() {
		return links.stream().mapToInt(ReuseLink::shared).max().orElse(0);
	}
}
