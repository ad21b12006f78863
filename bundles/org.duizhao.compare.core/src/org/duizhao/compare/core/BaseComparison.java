package org.duizhao.compare.core;

import java.util.List;

import org.duizhao.text.core.TextRange;

/**
 * "Compare with base" as a table model: rows are the sentences of the base text, columns the other
 * documents, each cell a {@link SentenceFate}. The UI shows it as a table or, through
 * {@link SentenceFate#similarity()}, as a heat view. Immutable.
 *
 * @since 0.1
 */
public final class BaseComparison {

	private final CompareSide base;
	private final List<TextRange> rows;
	private final List<String> names;
	private final List<CompareResult> results;
	private final SentenceFate[][] fates;

	/**
	 * @param base the base text, never {@code null}
	 * @param rows each row's range in the base's original text (UTF-16), never {@code null}
	 * @param names column names, never {@code null}
	 * @param results one result per column (base as A), never {@code null}
	 * @param fates {@code fates[row][column]}, never {@code null}
	 */
	public BaseComparison(CompareSide base, List<TextRange> rows, List<String> names, List<CompareResult> results,
			SentenceFate[][] fates) {
		this.base = base;
		this.rows = List.copyOf(rows);
		this.names = List.copyOf(names);
		this.results = List.copyOf(results);
		this.fates = fates.clone();
	}

	/** @return the base text */
	public CompareSide base() {
		return base;
	}

	/** @return the number of base sentences */
	public int rowCount() {
		return rows.size();
	}

	/** @return the number of other documents */
	public int columnCount() {
		return names.size();
	}

	/** @return the name of column {@code column} */
	public String columnName(int column) {
		return names.get(column);
	}

	/** @return the original range (UTF-16) of base sentence {@code row} */
	public TextRange sentence(int row) {
		return rows.get(row);
	}

	/** @return the original text of base sentence {@code row} */
	public String sentenceText(int row) {
		return rows.get(row).of(base.text().original());
	}

	/** @return what became of base sentence {@code row} in document {@code column} */
	public SentenceFate fate(int row, int column) {
		return fates[row][column];
	}

	/** @return the full comparison of the base with document {@code column} */
	public CompareResult result(int column) {
		return results.get(column);
	}

	/** @return the share of base sentences with {@code status} in document {@code column} */
	public double share(int column, SentenceFate.Status status) {
		if (rows.isEmpty()) {
			return 0;
		}
		int count = 0;
		for (SentenceFate[] row : fates) {
			if (row[column].status() == status) {
				count++;
			}
		}
		return (double) count / rows.size();
	}
}
