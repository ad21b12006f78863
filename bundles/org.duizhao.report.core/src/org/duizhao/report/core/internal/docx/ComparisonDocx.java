package org.duizhao.report.core.internal.docx;

import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.report.core.BaseRow;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.Formula;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.internal.ComparisonHtml;
import org.duizhao.report.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The comparison in Word, laid out as the HTML report: the settings, the table of the base against
 * each document, and for a pair the summary figures, both texts side by side ({@link SideBySide},
 * with the annotations of either side as comments), then the differences, shared passages, shared
 * formulas and parallel passages as tables (the first {@value ComparisonHtml#MAX_LISTED} of each;
 * CSV and XLSX carry them all).
 */
final class ComparisonDocx {

	private final XWPFDocument doc;

	ComparisonDocx(XWPFDocument doc) {
		this.doc = doc;
	}

	void write(ComparisonReport report) {
		Docx.grey(doc.createParagraph(), ComparisonHtml.settingsLine(report.settings())).setItalic(true);
		baseTable(report);
		PairComparison pair = report.pair();
		if (pair == null) {
			return;
		}
		summary(pair.metrics());
		new SideBySide(doc, new Comments(doc)).write(pair);
		differences(pair.differences());
		matched(Messages.comparisonShared, pair.shared(), false);
		formulas(pair.formulas());
		matched(Messages.comparisonParallels, pair.parallels(), true);
	}

	private void baseTable(ComparisonReport report) {
		Docx.heading(doc, NLS.bind(Messages.comparisonBaseTable, report.base().displayName()), 13);
		XWPFTable t = Docx.table(doc, List.of(Messages.segmentDocument, Messages.comparisonSimilarity,
				Messages.comparisonInserted, Messages.comparisonDeleted, Messages.comparisonChanged,
				Messages.comparisonMoved, Messages.comparisonKept, Messages.comparisonChangedSentences,
				Messages.comparisonDropped));
		for (BaseRow r : report.table()) {
			CompareMetrics m = r.metrics();
			cells(t.createRow(), r.document().displayName(), ComparisonHtml.percent(m.similarity()),
					Long.toString(m.insertedChars()), Long.toString(m.deletedChars()),
					Long.toString(m.changedChars()), Long.toString(m.movedChars()), ComparisonHtml.percent(r.kept()),
					ComparisonHtml.percent(r.changed()), ComparisonHtml.percent(r.dropped()));
		}
		Docx.widths(t, 3, 2, 2, 2, 2, 2, 2, 2, 2);
	}

	private void summary(CompareMetrics m) {
		Docx.heading(doc, Messages.comparisonSummary, 13);
		XWPFTable t = doc.createTable(6, 2);
		row(t, 0, Messages.comparisonSimilarity, ComparisonHtml.percent(m.similarity()));
		row(t, 1, Messages.comparisonSharedChars, Long.toString(m.sharedChars()));
		row(t, 2, Messages.comparisonInserted, sentences(m.insertedChars(), m.insertedSentences()));
		row(t, 3, Messages.comparisonDeleted, sentences(m.deletedChars(), m.deletedSentences()));
		row(t, 4, Messages.comparisonChanged, sentences(m.changedChars(), m.changedSentences()));
		row(t, 5, Messages.comparisonMoved, sentences(m.movedChars(), m.movedSentences()));
		Docx.widths(t, 1, 1);
		doc.createParagraph();
	}

	private static String sentences(long chars, long sentences) {
		return NLS.bind(Messages.comparisonCharsSentences, chars, sentences);
	}

	private static void row(XWPFTable t, int i, String label, String value) {
		Docx.cell(t.getRow(i).getCell(0), label).setBold(true);
		Docx.cell(t.getRow(i).getCell(1), value);
	}

	private void differences(List<Difference> differences) {
		Docx.heading(doc, NLS.bind(Messages.comparisonDifferences, differences.size()), 13);
		if (differences.isEmpty()) {
			return;
		}
		XWPFTable t = listTable();
		for (Difference d : listed(differences)) {
			XWPFTableRow row = t.createRow();
			cells(row, Integer.toString(d.number()), ComparisonHtml.typeName(d.type()),
					NLS.bind(Messages.location, d.aStart(), d.aEnd()), ComparisonHtml.quote(d.aText()),
					NLS.bind(Messages.location, d.bStart(), d.bEnd()), ComparisonHtml.quote(d.bText()));
			Docx.shade(row.getCell(1), SideBySide.color(d.type()));
		}
		listWidths(t);
		more(differences.size());
	}

	private void matched(String title, List<MatchedPassage> passages, boolean scored) {
		Docx.heading(doc, NLS.bind(title, passages.size()), 13);
		if (passages.isEmpty()) {
			return;
		}
		XWPFTable t = listTable();
		int n = 0;
		for (MatchedPassage p : listed(passages)) {
			cells(t.createRow(), Integer.toString(++n), scored ? String.format(Locale.ROOT, "%.2f", p.score()) : "", //$NON-NLS-1$ //$NON-NLS-2$
					NLS.bind(Messages.location, p.aStart(), p.aEnd()), ComparisonHtml.quote(p.aText()),
					NLS.bind(Messages.location, p.bStart(), p.bEnd()), ComparisonHtml.quote(p.bText()));
		}
		listWidths(t);
		more(passages.size());
	}

	private void formulas(List<Formula> formulas) {
		Docx.heading(doc, NLS.bind(Messages.comparisonFormulas, formulas.size()), 13);
		if (formulas.isEmpty()) {
			return;
		}
		XWPFTable t = Docx.table(doc, List.of(Messages.comparisonFormula, Messages.comparisonInA,
				Messages.comparisonInB, Messages.comparisonDocuments));
		for (Formula f : listed(formulas)) {
			cells(t.createRow(), f.text(), Integer.toString(f.inA()), Integer.toString(f.inB()),
					Integer.toString(f.documents()));
		}
		Docx.widths(t, 6, 1, 1, 2);
		more(formulas.size());
	}

	private XWPFTable listTable() {
		return Docx.table(doc, List.of("", "", Messages.comparisonLocationA, Messages.comparisonTextA, //$NON-NLS-1$ //$NON-NLS-2$
				Messages.comparisonLocationB, Messages.comparisonTextB));
	}

	/** Narrow number and kind columns, the texts widest. */
	private static void listWidths(XWPFTable t) {
		Docx.widths(t, 2, 4, 4, 7, 4, 7);
	}

	private static <T> List<T> listed(List<T> all) {
		return all.subList(0, Math.min(ComparisonHtml.MAX_LISTED, all.size()));
	}

	private void more(int size) {
		if (size > ComparisonHtml.MAX_LISTED) {
			Docx.grey(doc.createParagraph(), NLS.bind(Messages.comparisonMore, size - ComparisonHtml.MAX_LISTED))
					.setItalic(true);
		}
	}

	private static void cells(XWPFTableRow row, String... values) {
		for (int i = 0; i < values.length; i++) {
			Docx.cell(row.getCell(i), values[i]);
		}
	}
}
