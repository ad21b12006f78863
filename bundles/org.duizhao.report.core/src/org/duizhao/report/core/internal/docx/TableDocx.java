package org.duizhao.report.core.internal.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duizhao.report.core.internal.Messages;
import org.duizhao.report.core.internal.Table;

/**
 * A report that has a flat table ({@link org.duizhao.report.core.internal.Tables}: the inter-coder
 * agreement per code, a comparison's passages or its base table) as one Word table with the same
 * columns and cells as CSV and XLSX, so the three agree cell for cell.
 */
final class TableDocx {

	private final XWPFDocument doc;

	TableDocx(XWPFDocument doc) {
		this.doc = doc;
	}

	void write(Table table) {
		if (table.rows().isEmpty()) {
			Docx.paragraph(doc, Messages.noPassages);
			return;
		}
		XWPFTable t = Docx.table(doc, table.columns());
		for (List<Object> cells : table.rows()) {
			XWPFTableRow row = t.createRow();
			List<String> text = Table.text(cells);
			for (int c = 0; c < text.size(); c++) {
				Docx.cell(row.getCell(c), text.get(c) == null ? "" : text.get(c)); //$NON-NLS-1$
			}
		}
	}
}
