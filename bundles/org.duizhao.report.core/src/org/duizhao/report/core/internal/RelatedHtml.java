package org.duizhao.report.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.analysis.core.SharedFormula;
import org.duizhao.analysis.core.Span;
import org.eclipse.osgi.util.NLS;

/**
 * The related-texts analysis of two texts ({@code duizhao related --format html}) as one
 * self-contained HTML page, built like the reports ({@link Html}: every text escaped, no script,
 * no external resource): the shared formulas, the parallel passages with both passages' original
 * text, score and code-point offsets, and the distinctive vocabulary of each side.
 */
public final class RelatedHtml {

	private final Html html = new Html();

	private RelatedHtml() {
	}

	/**
	 * Writes the page to {@code out} (not closed).
	 *
	 * @param report the analysis
	 * @param a the first original text (offsets of the report point into it)
	 * @param b the second original text
	 * @param nameA what the first text is called (file or document title)
	 * @param nameB what the second text is called
	 */
	public static void write(RelatedReport report, String a, String b, String nameA, String nameB, Writer out)
			throws IOException {
		RelatedHtml page = new RelatedHtml();
		HtmlExporter.head(page.html, NLS.bind(Messages.relatedTitle, nameA, nameB));
		page.html.element("p class=\"note\"", NLS.bind(Messages.relatedNames, nameA, nameB)); //$NON-NLS-1$
		page.formulas(report);
		page.passages(report.passages(), a, b);
		page.keywords(Messages.relatedDistinctiveA, report.distinctiveA(), Messages.comparisonInA, Messages.comparisonInB,
				Messages.relatedPerMillionA, Messages.relatedPerMillionB);
		page.keywords(Messages.relatedDistinctiveB, report.distinctiveB(), Messages.comparisonInB, Messages.comparisonInA,
				Messages.relatedPerMillionB, Messages.relatedPerMillionA);
		page.html.raw("</body></html>\n"); //$NON-NLS-1$
		out.write(page.html.toString());
		out.flush();
	}

	private void formulas(RelatedReport report) {
		html.element("h2", NLS.bind(Messages.comparisonFormulas, report.formulas().size())); //$NON-NLS-1$
		if (report.formulas().isEmpty()) {
			return;
		}
		html.raw("<table class=\"list\"><tr>").element("th", Messages.comparisonFormula) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.comparisonInA).element("th", Messages.comparisonInB) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.comparisonDocuments).raw("</tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < report.formulas().size(); i++) {
			SharedFormula f = report.formulas().get(i);
			html.raw("<tr>").element("td", f.text()); //$NON-NLS-1$ //$NON-NLS-2$
			num(Integer.toString(f.inA().size()));
			num(Integer.toString(f.inB().size()));
			num(Integer.toString(report.documents().get(i)));
			html.raw("</tr>\n"); //$NON-NLS-1$
		}
		html.raw("</table>\n"); //$NON-NLS-1$
	}

	private void passages(List<ParallelPassage> passages, String a, String b) {
		html.element("h2", NLS.bind(Messages.comparisonParallels, passages.size())); //$NON-NLS-1$
		if (passages.isEmpty()) {
			return;
		}
		html.raw("<table class=\"sbs\"><tr>").element("th", Messages.comparisonTextA) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.comparisonTextB).raw("</tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		int n = 0;
		for (ParallelPassage p : passages) {
			html.raw("<tr><td colspan=\"2\" class=\"note\">") //$NON-NLS-1$
					.text(NLS.bind(Messages.relatedPassage, new Object[] { ++n, String.format(Locale.ROOT, "%.2f", p.score()), //$NON-NLS-1$
							NLS.bind(Messages.location, p.a().start(), p.a().end()),
							NLS.bind(Messages.location, p.b().start(), p.b().end()) }))
					.raw("</td></tr>\n<tr>").element("td class=\"text\"", excerpt(a, p.a())) //$NON-NLS-1$ //$NON-NLS-2$
					.element("td class=\"text\"", excerpt(b, p.b())).raw("</tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.raw("</table>\n"); //$NON-NLS-1$
	}

	/** Lists one side's words; the core gives each side's own counts first. */
	private void keywords(String title, List<Keyword> words, String here, String there, String perMillionHere,
			String perMillionThere) {
		html.element("h2", NLS.bind(title, words.size())); //$NON-NLS-1$
		if (words.isEmpty()) {
			return;
		}
		html.raw("<table class=\"list\"><tr>").element("th", Messages.relatedWord).element("th", here) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.element("th", there).element("th", perMillionHere) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", perMillionThere).element("th", "G²").raw("</tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (Keyword k : words) {
			html.raw("<tr>").element("td", k.word()); //$NON-NLS-1$ //$NON-NLS-2$
			num(Long.toString(k.countA()));
			num(Long.toString(k.countB()));
			num(String.format(Locale.ROOT, "%.1f", k.perMillionA())); //$NON-NLS-1$
			num(String.format(Locale.ROOT, "%.1f", k.perMillionB())); //$NON-NLS-1$
			num(String.format(Locale.ROOT, "%.2f", k.g2())); //$NON-NLS-1$
			html.raw("</tr>\n"); //$NON-NLS-1$
		}
		html.raw("</table>\n"); //$NON-NLS-1$
	}

	private void num(String value) {
		html.element("td class=\"num\"", value); //$NON-NLS-1$
	}

	/** @return the passage of {@code text} at {@code span} (code points) */
	private static String excerpt(String text, Span span) {
		int start = text.offsetByCodePoints(0, span.start());
		return text.substring(start, text.offsetByCodePoints(start, span.length()));
	}
}
