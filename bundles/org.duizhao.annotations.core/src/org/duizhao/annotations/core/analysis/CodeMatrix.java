package org.duizhao.annotations.core.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A table of counts: one row per code, one column per key (a document, a region, a year, or
 * another code). Immutable.
 *
 * @param codeIds the row codes, in order, not {@code null}
 * @param columns the column keys, in order, not {@code null}; {@link #UNKNOWN} for documents
 *            without the metadata the columns are made of
 * @param counts {@code counts[row][column]}, not {@code null}
 * @since 0.1
 */
public record CodeMatrix(List<String> codeIds, List<String> columns, int[][] counts) {

	/** The column of documents whose region or date is not known. */
	public static final String UNKNOWN = ""; //$NON-NLS-1$

	/** Copies the lists. */
	public CodeMatrix {
		codeIds = List.copyOf(codeIds);
		columns = List.copyOf(columns);
	}

	/** @return the count of code {@code codeId} in column {@code column}, 0 if either is absent */
	public int count(String codeId, String column) {
		int r = codeIds.indexOf(codeId);
		int c = columns.indexOf(column);
		return r < 0 || c < 0 ? 0 : counts[r][c];
	}

	/** @return the row total of code {@code codeId} */
	public int total(String codeId) {
		int r = codeIds.indexOf(codeId);
		int sum = 0;
		for (int c = 0; r >= 0 && c < columns.size(); c++) {
			sum += counts[r][c];
		}
		return sum;
	}

	/**
	 * Writes the matrix as CSV (RFC 4180, CRLF): a header {@code code,<column labels>…}, then one
	 * line per code.
	 *
	 * @param codeNames shown name per code id (e.g. its path); the id where missing
	 * @param columnNames shown label per column key (e.g. a document's title); the key where missing
	 */
	public void writeCsv(Writer out, Map<String, String> codeNames, Map<String, String> columnNames)
			throws IOException {
		StringBuilder header = new StringBuilder("code"); //$NON-NLS-1$
		for (String c : columns) {
			header.append(',').append(Csv.cell(columnNames.getOrDefault(c, c)));
		}
		out.write(header + "\r\n"); //$NON-NLS-1$
		for (int r = 0; r < codeIds.size(); r++) {
			StringBuilder line = new StringBuilder(Csv.cell(codeNames.getOrDefault(codeIds.get(r), codeIds.get(r))));
			for (int c = 0; c < columns.size(); c++) {
				line.append(',').append(counts[r][c]);
			}
			out.write(line + "\r\n"); //$NON-NLS-1$
		}
		out.flush();
	}
}
