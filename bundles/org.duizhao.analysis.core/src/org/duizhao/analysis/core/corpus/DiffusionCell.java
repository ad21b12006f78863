package org.duizhao.analysis.core.corpus;

/**
 * One cell of a diffusion table.
 *
 * @param documents how many documents hold the phrase
 * @param occurrences how many times it occurs in them
 */
public record DiffusionCell(int documents, int occurrences) {

	/** The empty cell. */
	public static final DiffusionCell EMPTY = new DiffusionCell(0, 0);

	/** @return this cell with one more document holding {@code hits} occurrences */
	DiffusionCell plus(int hits) {
		return new DiffusionCell(documents + 1, occurrences + hits);
	}
}
