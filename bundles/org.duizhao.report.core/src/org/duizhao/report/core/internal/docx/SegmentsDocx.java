package org.duizhao.report.core.internal.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.report.core.CodeGroup;
import org.duizhao.report.core.Segment;
import org.duizhao.report.core.SegmentsReport;
import org.duizhao.report.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The coded segments in Word, grouped by code: per code a heading (path and count) and a table of
 * its passages: the quote shaded in the code's colour between its grey context, the document, the
 * location (code points), the coder and the memo.
 */
final class SegmentsDocx {

	private final XWPFDocument doc;

	SegmentsDocx(XWPFDocument doc) {
		this.doc = doc;
	}

	void write(SegmentsReport report) {
		if (report.groups().isEmpty()) {
			Docx.paragraph(doc, Messages.noPassages);
		}
		for (CodeGroup g : report.groups()) {
			XWPFParagraph h = Docx.heading(doc, g.entry().path() + " (" + g.segments().size() + ")", 13); //$NON-NLS-1$ //$NON-NLS-2$
			Docx.shade(h.getRuns().get(0), Docx.color(g.entry().code().color()));
			XWPFTable table = Docx.table(doc, List.of("", Messages.segmentDocument, Messages.segmentLocation, //$NON-NLS-1$
					Messages.segmentCoder, Messages.segmentMemo));
			for (Segment s : g.segments()) {
				row(table.createRow(), s, Docx.color(g.entry().code().color()));
			}
			Docx.widths(table, 8, 3, 2, 2, 5);
			doc.createParagraph();
		}
	}

	private static void row(XWPFTableRow row, Segment s, String color) {
		Annotation a = s.passage().annotation();
		XWPFParagraph quote = Docx.cellParagraph(row.getCell(0));
		Docx.grey(quote, "…" + a.quote().prefix()); //$NON-NLS-1$
		Docx.shade(Docx.run(quote, a.quote().exact()), color);
		Docx.grey(quote, a.quote().suffix() + "…"); //$NON-NLS-1$
		Docx.cell(row.getCell(1), s.document().displayName());
		Docx.cell(row.getCell(2), NLS.bind(Messages.location, a.start(), a.end()));
		Docx.cell(row.getCell(3), a.coder());
		Docx.cell(row.getCell(4), a.memo());
	}
}
