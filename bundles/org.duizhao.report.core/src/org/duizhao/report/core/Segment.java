package org.duizhao.report.core;

import org.duizhao.corpus.core.Document;

/**
 * One coded segment: a row of the flat table, and an item under each of its codes.
 *
 * @param document the document, with its metadata
 * @param passage the passage and its selected codes
 * @param codePaths the paths of those codes, in the same order
 */
public record Segment(Document document, Passage passage, java.util.List<String> codePaths) {

	/** Copies the list. */
	public Segment {
		codePaths = java.util.List.copyOf(codePaths);
	}
}
