package org.duizhao.search.core;

/**
 * What an index update did.
 *
 * @param rebuilt whether the index was built from scratch (missing, damaged or outdated)
 * @param indexed documents (re-)indexed
 * @param removed documents dropped from the index
 * @param failed documents that could not be read (their text file is missing); left out
 */
public record UpdateReport(boolean rebuilt, int indexed, int removed, int failed) {

	/** @return whether the update changed the index */
	public boolean changed() {
		return rebuilt || indexed > 0 || removed > 0;
	}
}
