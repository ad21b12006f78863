package org.duizhao.report.core.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.SegmentsReport;

/**
 * Which report kinds have a flat table, and the table of a report. CSV and XLSX both write what
 * this gives, so a kind added here is at once offered in both formats.
 */
public final class Tables {

	private Tables() {
	}

	/** @return the kinds that have a table */
	public static Set<ReportKind> kinds() {
		return EnumSet.of(ReportKind.SEGMENTS);
	}

	/** @return the table of {@code report}, or empty when its kind has none */
	public static Optional<Table> of(Report report) {
		if (report instanceof SegmentsReport segments) {
			return Optional.of(SegmentsTable.of(segments));
		}
		return Optional.empty();
	}
}
