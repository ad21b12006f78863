package org.duizhao.analysis.core.corpus;

import java.util.List;

/**
 * A diffusion table: rows (regions or years) by columns (years, or one column for the total),
 * each cell the documents holding the phrases and their occurrences. Keys are
 * {@link CorpusDocument#UNKNOWN} where the metadata says nothing.
 *
 * @param grouping what rows and columns are
 * @param rows row keys: regions by first appearance, or years ascending; unknown last
 * @param columns column keys: years ascending (unknown last), or one empty key
 * @param cells {@code cells[row][column]}
 */
public record DiffusionMatrix(DiffusionGrouping grouping, List<String> rows, List<String> columns,
		DiffusionCell[][] cells) {

	/** @return the cell, never {@code null} */
	public DiffusionCell cell(int row, int column) {
		DiffusionCell c = cells[row][column];
		return c == null ? DiffusionCell.EMPTY : c;
	}

	/** @return the largest number of documents in a cell */
	public int maxDocuments() {
		int max = 0;
		for (DiffusionCell[] row : cells) {
			for (DiffusionCell c : row) {
				max = Math.max(max, c == null ? 0 : c.documents());
			}
		}
		return max;
	}
}
