package org.duizhao.search.core;

import java.util.List;

/**
 * The occurrences a search found.
 *
 * @param total the number of occurrences in the whole project (may exceed {@code hits})
 * @param documents the number of documents with an occurrence
 * @param hits the first occurrences, by document (project order) then offset
 */
public record SearchResult(int total, int documents, List<SearchHit> hits) {

	/** Copies the list. */
	public SearchResult {
		hits = List.copyOf(hits);
	}
}
