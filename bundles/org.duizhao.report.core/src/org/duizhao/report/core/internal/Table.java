package org.duizhao.report.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as one flat table, for the tabular formats (CSV, XLSX). Cells are {@link String}s or
 * {@link Number}s (a spreadsheet keeps numbers as numbers); {@code null} is an empty cell. A new
 * tabular report kind adds its table in {@link Tables} and every tabular format writes it.
 *
 * @param sheet a short name for the table (a spreadsheet's sheet name), e.g. {@code segments}
 * @param columns the column names: fixed English identifiers, not translated, so scripts can rely on them
 * @param rows the rows, each as long as {@code columns}
 */
public record Table(String sheet, List<String> columns, List<List<Object>> rows) {

	/** Copies the lists; rows may hold {@code null} cells. */
	public Table {
		columns = List.copyOf(columns);
		rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
	}

	/** @return the cells of {@code row} as text, as CSV writes them ({@code null} stays {@code null}) */
	public static List<String> text(List<Object> row) {
		List<String> out = new ArrayList<>(row.size());
		for (Object cell : row) {
			out.add(cell == null ? null : cell.toString());
		}
		return out;
	}
}
