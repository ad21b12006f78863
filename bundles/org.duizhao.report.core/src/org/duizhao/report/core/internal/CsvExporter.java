package org.duizhao.report.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportKind;

/**
 * CSV: the flat table of a report ({@link Tables}: the segments, one row per coded passage, the
 * annotated documents' passages in the same columns, and the tables of the comparison and agreement
 * reports), in UTF-8 with a byte order mark (so Excel reads Chinese right) and RFC 4180 quoting. Column names are fixed English identifiers, not
 * translated, so that R, Python and SPSS scripts can rely on them. Offsets are code points of the
 * document version the passage is on; several codes are joined with {@value #CODE_SEPARATOR}.
 */
public final class CsvExporter implements ReportExporter {

	/** The columns, in order (those of {@link SegmentsTable}). */
	public static final List<String> COLUMNS = SegmentsTable.COLUMNS;

	/** Joins the code paths of one passage. */
	public static final String CODE_SEPARATOR = SegmentsTable.CODE_SEPARATOR;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Override
	public String format() {
		return "csv"; //$NON-NLS-1$
	}

	@Override
	public String extension() {
		return "csv"; //$NON-NLS-1$
	}

	@Override
	public Set<ReportKind> kinds() {
		return Tables.kinds();
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		Table table = Tables.of(report).orElseThrow(() -> new IllegalArgumentException(org.eclipse.osgi.util.NLS
				.bind(Messages.errorUnsupportedKind, new Object[] { format(), report.kind().id(), "html" }))); //$NON-NLS-1$
		StringBuilder b = new StringBuilder();
		Csv.record(b, table.columns());
		for (List<Object> row : table.rows()) {
			Csv.record(b, Table.text(row));
		}
		out.write(BOM);
		out.write(b.toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
	}
}
