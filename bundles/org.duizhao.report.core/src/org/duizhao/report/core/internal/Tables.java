package org.duizhao.report.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.SegmentsReport;

/**
 * Which report kinds have a flat table, and the table of a report. CSV and XLSX both write what
 * this gives, so a kind added here is at once offered in both formats.
 */
public final class Tables {

	/** A number as the tables write one: no leading zeros (an id such as 007 stays text), a dot. */
	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?"); //$NON-NLS-1$

	private Tables() {
	}

	/**
	 * @return the kinds that have a table: every kind (the annotated documents as the table of their
	 *         passages, in the coded segments' columns)
	 */
	public static Set<ReportKind> kinds() {
		return EnumSet.allOf(ReportKind.class);
	}

	/** @return the table of {@code report}, or empty when its kind has none */
	public static Optional<Table> of(Report report) {
		if (report instanceof DocumentReport documents) {
			return Optional.of(SegmentsTable.of(documents));
		}
		if (report instanceof SegmentsReport segments) {
			return Optional.of(SegmentsTable.of(segments));
		}
		if (report instanceof ComparisonReport comparison) {
			return Optional.of(of("comparison", TableCsv.comparison(comparison))); //$NON-NLS-1$
		}
		if (report instanceof AgreementReport agreement) {
			return Optional.of(of("agreement", TableCsv.agreement(agreement))); //$NON-NLS-1$
		}
		return Optional.empty();
	}

	/** A table from a header row and text rows; cells that are plain numbers become numbers. */
	private static Table of(String sheet, List<List<String>> rows) {
		List<List<Object>> cells = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			List<Object> out = new ArrayList<>(row.size());
			for (String cell : row) {
				out.add(cell != null && NUMBER.matcher(cell).matches() ? new BigDecimal(cell) : cell);
			}
			cells.add(out);
		}
		return new Table(sheet, rows.get(0), cells);
	}
}
