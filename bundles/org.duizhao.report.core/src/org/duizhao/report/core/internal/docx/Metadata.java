package org.duizhao.report.core.internal.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duizhao.report.core.LegendEntry;
import org.duizhao.report.core.internal.Messages;

/** The tables of a Word report: a document's metadata header and the code legend. */
final class Metadata {

	private Metadata() {
	}

	/** Writes the non-empty metadata fields as a two-column table. */
	static void write(XWPFDocument doc, org.duizhao.corpus.core.Metadata m) {
		List<String[]> rows = new ArrayList<>();
		add(rows, Messages.metaTitle, m.title());
		add(rows, Messages.metaSource, m.source());
		add(rows, Messages.metaDate, m.date());
		add(rows, Messages.metaRegion, m.region());
		add(rows, Messages.metaIssuer, m.issuer());
		add(rows, Messages.metaTags, m.tags() == null ? null : String.join(", ", m.tags())); //$NON-NLS-1$
		if (rows.isEmpty()) {
			return;
		}
		XWPFTable table = doc.createTable(rows.size(), 2);
		for (int i = 0; i < rows.size(); i++) {
			Docx.cell(table.getRow(i).getCell(0), rows.get(i)[0]).setBold(true);
			Docx.cell(table.getRow(i).getCell(1), rows.get(i)[1]);
		}
		Docx.widths(table, 1, 4);
		doc.createParagraph();
	}

	private static void add(List<String[]> rows, String label, String value) {
		if (value != null && !value.isBlank()) {
			rows.add(new String[] { label, value });
		}
	}

	/** Writes the legend: a colour swatch, the code's path, its passage count and coverage. */
	static void legend(XWPFDocument doc, List<LegendEntry> legend) {
		Docx.heading(doc, Messages.legend, 13);
		XWPFTable table = Docx.table(doc, List.of("", Messages.legendCode, Messages.legendCount, //$NON-NLS-1$
				Messages.legendCoverage));
		for (LegendEntry e : legend) {
			XWPFTableRow row = table.createRow();
			Docx.shade(row.getCell(0), Docx.color(e.code().color()));
			Docx.cell(row.getCell(1), e.path());
			Docx.cell(row.getCell(2), Integer.toString(e.count()));
			Docx.cell(row.getCell(3), String.format(Locale.ROOT, "%.1f%%", e.coverage() * 100)); //$NON-NLS-1$
		}
		Docx.widths(table, 1, 10, 3, 3);
		doc.createParagraph();
	}
}
