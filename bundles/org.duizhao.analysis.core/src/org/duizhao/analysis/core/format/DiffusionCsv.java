package org.duizhao.analysis.core.format;

import java.io.IOException;
import java.io.Writer;

import org.duizhao.analysis.core.corpus.DiffusionCell;
import org.duizhao.analysis.core.corpus.DiffusionGrouping;
import org.duizhao.analysis.core.corpus.DiffusionMatrix;
import org.duizhao.analysis.core.corpus.DiffusionReport;

/**
 * Writes a {@link DiffusionReport}'s tables as CSV, one row per phrase and non-empty cell:
 * {@code phrase,region,year,documents,occurrences} (only the columns the grouping has). Empty
 * region or year cells stand for documents without that metadata.
 */
public final class DiffusionCsv {

	private DiffusionCsv() {
	}

	/** @return {@code region}, {@code year} or {@code region,year} */
	public static String label(DiffusionGrouping by) {
		return switch (by) {
		case REGION -> "region"; //$NON-NLS-1$
		case YEAR -> "year"; //$NON-NLS-1$
		case REGION_YEAR -> "region,year"; //$NON-NLS-1$
		};
	}

	/** Writes the tables of every phrase, after a byte order mark, to {@code out} (not closed). */
	public static void write(DiffusionReport report, DiffusionGrouping by, Writer out) throws IOException {
		Csv.bom(out);
		header(out, by);
		for (String phrase : report.phrases()) {
			rows(out, phrase, report.matrix(phrase, by));
		}
		out.flush();
	}

	/** Writes the header row for {@code by}. */
	public static void header(Writer out, DiffusionGrouping by) throws IOException {
		switch (by) {
		case REGION -> Csv.row(out, "phrase", "region", "documents", "occurrences"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case YEAR -> Csv.row(out, "phrase", "year", "documents", "occurrences"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case REGION_YEAR -> Csv.row(out, "phrase", "region", "year", "documents", "occurrences"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
	}

	/** Writes the non-empty cells of {@code m} for {@code phrase} ({@code null}: all phrases, written as empty). */
	public static void rows(Writer out, String phrase, DiffusionMatrix m) throws IOException {
		for (int r = 0; r < m.rows().size(); r++) {
			for (int c = 0; c < m.columns().size(); c++) {
				DiffusionCell cell = m.cell(r, c);
				if (cell.documents() == 0) {
					continue;
				}
				if (m.grouping() == DiffusionGrouping.REGION_YEAR) {
					Csv.row(out, phrase, m.rows().get(r), m.columns().get(c), cell.documents(), cell.occurrences());
				} else {
					Csv.row(out, phrase, m.rows().get(r), cell.documents(), cell.occurrences());
				}
			}
		}
	}
}
