package org.duizhao.report.core.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.internal.Messages;
import org.duizhao.report.core.internal.Poi;
import org.duizhao.report.core.internal.Table;
import org.duizhao.report.core.internal.Tables;
import org.eclipse.osgi.util.NLS;

/**
 * XLSX: the same flat table as CSV ({@link Tables}), one sheet with a bold header row that stays in
 * view (frozen) and carries a filter, columns as wide as their content (within bounds). Numbers are
 * number cells; every other value is a string cell, never a formula, so a memo that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} stays text (such cells are also marked "quote
 * prefixed", so Excel keeps them text when edited). Written with POI's streaming workbook, so a
 * long table does not sit in memory.
 */
public final class XlsxExporter implements ReportExporter {

	/** Rows kept in memory while streaming; widths are measured on the rows seen before that. */
	private static final int WINDOW = 200;

	@Override
	public String format() {
		return "xlsx"; //$NON-NLS-1$
	}

	@Override
	public String extension() {
		return "xlsx"; //$NON-NLS-1$
	}

	@Override
	public Set<ReportKind> kinds() {
		return Tables.kinds();
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		Table table = Tables.of(report).orElseThrow(() -> new IllegalArgumentException(NLS
				.bind(Messages.errorUnsupportedKind, new Object[] { format(), report.kind().id(), "html, docx" }))); //$NON-NLS-1$
		Poi.run(() -> {
			SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
			// POI's streaming workbook writes Zip64 data descriptors by default, which readers that
			// stream a zip (java.util.zip.ZipInputStream) misread; Zip64 only where an entry needs it
			workbook.setZip64Mode(Zip64Mode.AsNeeded);
			try {
				fill(workbook, table);
				workbook.write(out);
			} finally {
				workbook.close();
				workbook.dispose();
			}
			return null;
		});
		out.flush();
	}

	private static void fill(SXSSFWorkbook workbook, Table table) {
		Cells cells = new Cells(workbook);
		SXSSFSheet sheet = workbook.createSheet(table.sheet());
		Widths widths = new Widths(table.columns().size());
		Row header = sheet.createRow(0);
		for (int c = 0; c < table.columns().size(); c++) {
			cells.header(header.createCell(c), table.columns().get(c));
			widths.measure(c, table.columns().get(c));
		}
		int r = 1;
		for (List<Object> values : table.rows()) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < values.size(); c++) {
				Cell cell = row.createCell(c);
				cells.value(cell, values.get(c));
				if (r <= WINDOW) {
					widths.measure(c, values.get(c));
				}
			}
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, table.columns().size() - 1));
		widths.apply(sheet);
	}
}
