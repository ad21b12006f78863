package org.duizhao.report.core.internal;

import java.util.List;
import java.util.Locale;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.compare.core.HunkType;
import org.duizhao.report.core.BaseRow;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.Formula;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.osgi.util.NLS;

/**
 * The comparison in HTML: the settings, the table of the base against each document, and for a
 * pair the summary figures, both texts side by side ({@link ComparisonSides}), then the
 * differences, shared passages, shared formulas and parallel passages as tables.
 */
public final class ComparisonHtml {

	/** Passages and formulas listed in HTML at most; CSV has them all. */
	public static final int MAX_LISTED = 200;
	/** Characters of a passage quoted in a table before it is cut with an ellipsis. */
	static final int QUOTE = 80;

	private final Html html;

	ComparisonHtml(Html html) {
		this.html = html;
	}

	void write(ComparisonReport report) {
		settings(report.settings());
		baseTable(report);
		PairComparison pair = report.pair();
		if (pair == null) {
			return;
		}
		summary(pair.metrics());
		new ComparisonSides(html).write(pair);
		differences(pair.differences());
		matched(Messages.comparisonShared, pair.shared(), false);
		formulas(pair.formulas());
		matched(Messages.comparisonParallels, pair.parallels(), true);
	}

	private void settings(ComparisonSettings s) {
		html.element("p class=\"note\"", settingsLine(s)); //$NON-NLS-1$
	}

	/** @return the sentence that says how the documents were compared (also in DOCX) */
	public static String settingsLine(ComparisonSettings s) {
		String ignored = s.ignore().isEmpty() ? Messages.comparisonIgnoreNothing
				: String.join(", ", s.ignore().stream().map(ComparisonHtml::optionName).toList()); //$NON-NLS-1$
		return NLS.bind(Messages.comparisonSettings, s.granularity().name().toLowerCase(Locale.ROOT), ignored);
	}

	private static String optionName(NormalizeOption o) {
		return o.name().toLowerCase(Locale.ROOT);
	}

	private void baseTable(ComparisonReport report) {
		html.element("h2", NLS.bind(Messages.comparisonBaseTable, report.base().displayName())) //$NON-NLS-1$
				.raw("<table class=\"base\"><tr>"); //$NON-NLS-1$
		for (String h : List.of(Messages.segmentDocument, Messages.comparisonSimilarity, Messages.comparisonInserted,
				Messages.comparisonDeleted, Messages.comparisonChanged, Messages.comparisonMoved,
				Messages.comparisonKept, Messages.comparisonChangedSentences, Messages.comparisonDropped)) {
			html.element("th", h); //$NON-NLS-1$
		}
		html.raw("</tr>\n"); //$NON-NLS-1$
		for (BaseRow r : report.table()) {
			CompareMetrics m = r.metrics();
			html.raw("<tr>").element("td", r.document().displayName()); //$NON-NLS-1$ //$NON-NLS-2$
			num(percent(m.similarity()));
			num(Long.toString(m.insertedChars()));
			num(Long.toString(m.deletedChars()));
			num(Long.toString(m.changedChars()));
			num(Long.toString(m.movedChars()));
			num(percent(r.kept()));
			num(percent(r.changed()));
			num(percent(r.dropped()));
			html.raw("</tr>\n"); //$NON-NLS-1$
		}
		html.raw("</table>\n"); //$NON-NLS-1$
	}

	private void summary(CompareMetrics m) {
		html.element("h2", Messages.comparisonSummary).raw("<table class=\"summary\">"); //$NON-NLS-1$ //$NON-NLS-2$
		summaryRow(Messages.comparisonSimilarity, percent(m.similarity()));
		summaryRow(Messages.comparisonSharedChars, Long.toString(m.sharedChars()));
		summaryRow(Messages.comparisonInserted, NLS.bind(Messages.comparisonCharsSentences, m.insertedChars(), m.insertedSentences()));
		summaryRow(Messages.comparisonDeleted, NLS.bind(Messages.comparisonCharsSentences, m.deletedChars(), m.deletedSentences()));
		summaryRow(Messages.comparisonChanged, NLS.bind(Messages.comparisonCharsSentences, m.changedChars(), m.changedSentences()));
		summaryRow(Messages.comparisonMoved, NLS.bind(Messages.comparisonCharsSentences, m.movedChars(), m.movedSentences()));
		html.raw("</table>\n"); //$NON-NLS-1$
	}

	private void summaryRow(String label, String value) {
		html.raw("<tr>").element("th", label).element("td class=\"num\"", value).raw("</tr>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private void differences(List<Difference> differences) {
		html.element("h2", NLS.bind(Messages.comparisonDifferences, differences.size())); //$NON-NLS-1$
		if (differences.isEmpty()) {
			return;
		}
		header();
		for (Difference d : differences.subList(0, Math.min(MAX_LISTED, differences.size()))) {
			html.raw("<tr><td class=\"num\">").text(Integer.toString(d.number())).raw("</td>") //$NON-NLS-1$ //$NON-NLS-2$
					.raw("<td><span class=\"").raw(cssClass(d.type())).raw("\">").text(typeName(d.type())) //$NON-NLS-1$ //$NON-NLS-2$
					.raw("</span></td>"); //$NON-NLS-1$
			sides(d.aStart(), d.aEnd(), d.aText(), d.bStart(), d.bEnd(), d.bText());
		}
		footer(differences.size());
	}

	private void header() {
		html.raw("<table class=\"list\"><tr>").element("th", "").element("th", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.element("th", Messages.comparisonLocationA).element("th", Messages.comparisonTextA) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.comparisonLocationB).element("th", Messages.comparisonTextB).raw("</tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void footer(int size) {
		html.raw("</table>\n"); //$NON-NLS-1$
		if (size > MAX_LISTED) {
			html.element("p class=\"note\"", NLS.bind(Messages.comparisonMore, size - MAX_LISTED)); //$NON-NLS-1$
		}
	}

	private void matched(String title, List<MatchedPassage> passages, boolean scored) {
		html.element("h2", NLS.bind(title, passages.size())); //$NON-NLS-1$
		if (passages.isEmpty()) {
			return;
		}
		header();
		int n = 0;
		for (MatchedPassage p : passages.subList(0, Math.min(MAX_LISTED, passages.size()))) {
			html.raw("<tr><td class=\"num\">").text(Integer.toString(++n)).raw("</td><td class=\"num\">") //$NON-NLS-1$ //$NON-NLS-2$
					.text(scored ? String.format(Locale.ROOT, "%.2f", p.score()) : "").raw("</td>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			sides(p.aStart(), p.aEnd(), p.aText(), p.bStart(), p.bEnd(), p.bText());
		}
		footer(passages.size());
	}

	private void sides(int aStart, int aEnd, String aText, int bStart, int bEnd, String bText) {
		html.element("td", NLS.bind(Messages.location, aStart, aEnd)).element("td", quote(aText)) //$NON-NLS-1$ //$NON-NLS-2$
				.element("td", NLS.bind(Messages.location, bStart, bEnd)).element("td", quote(bText)) //$NON-NLS-1$ //$NON-NLS-2$
				.raw("</tr>\n"); //$NON-NLS-1$
	}

	private void formulas(List<Formula> formulas) {
		html.element("h2", NLS.bind(Messages.comparisonFormulas, formulas.size())); //$NON-NLS-1$
		if (formulas.isEmpty()) {
			return;
		}
		html.raw("<table class=\"list\"><tr>").element("th", Messages.comparisonFormula) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.comparisonInA).element("th", Messages.comparisonInB) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.comparisonDocuments).raw("</tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Formula f : formulas.subList(0, Math.min(MAX_LISTED, formulas.size()))) {
			html.raw("<tr>").element("td", f.text()); //$NON-NLS-1$ //$NON-NLS-2$
			num(Integer.toString(f.inA()));
			num(Integer.toString(f.inB()));
			num(Integer.toString(f.documents()));
			html.raw("</tr>\n"); //$NON-NLS-1$
		}
		footer(formulas.size());
	}

	private void num(String value) {
		html.element("td class=\"num\"", value); //$NON-NLS-1$
	}

	public static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100); //$NON-NLS-1$
	}

	/** @return {@code text} with runs of white space as one space, cut after {@value #QUOTE} characters */
	public static String quote(String text) {
		String flat = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return flat.codePointCount(0, flat.length()) <= QUOTE ? flat
				: flat.substring(0, flat.offsetByCodePoints(0, QUOTE)) + "…"; //$NON-NLS-1$
	}

	static String cssClass(HunkType type) {
		return switch (type) {
		case INSERT -> "ins"; //$NON-NLS-1$
		case DELETE -> "del"; //$NON-NLS-1$
		case CHANGE -> "chg"; //$NON-NLS-1$
		case MOVE -> "mov"; //$NON-NLS-1$
		};
	}

	public static String typeName(HunkType type) {
		return switch (type) {
		case INSERT -> Messages.hunkInsert;
		case DELETE -> Messages.hunkDelete;
		case CHANGE -> Messages.hunkChange;
		case MOVE -> Messages.hunkMove;
		};
	}
}
