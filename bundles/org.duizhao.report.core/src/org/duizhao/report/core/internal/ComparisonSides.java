package org.duizhao.report.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Code;
import org.duizhao.compare.core.HunkType;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.Passage;
import org.eclipse.osgi.util.NLS;

/**
 * Both texts of a pair side by side, in a two-column table so that it also prints: differences as
 * backgrounds (insertions green, deletions red, changes amber, moves blue) numbered alike on both
 * sides, shared passages dotted underneath, coded passages underlined in their code's colour with
 * memos as footnotes under each text.
 */
final class ComparisonSides {

	private final Html html;

	ComparisonSides(Html html) {
		this.html = html;
	}

	void write(PairComparison pair) {
		key(pair);
		html.raw("<table class=\"sbs\"><tr><th>A: ").text(pair.a().document().displayName()) //$NON-NLS-1$
				.raw("</th><th>B: ").text(pair.b().document().displayName()).raw("</th></tr>\n<tr><td>"); //$NON-NLS-1$ //$NON-NLS-2$
		side(pair.a(), pair, true);
		html.raw("</td><td>"); //$NON-NLS-1$
		side(pair.b(), pair, false);
		html.raw("</td></tr></table>\n"); //$NON-NLS-1$
	}

	/** The colour key, and the codes used on either side. */
	private void key(PairComparison pair) {
		html.raw("<p class=\"key\">"); //$NON-NLS-1$
		for (HunkType t : HunkType.values()) {
			html.raw("<span class=\"").raw(ComparisonHtml.cssClass(t)).raw("\">").text(ComparisonHtml.typeName(t)) //$NON-NLS-1$ //$NON-NLS-2$
					.raw("</span> "); //$NON-NLS-1$
		}
		html.raw("<span class=\"sh\">").text(Messages.comparisonSharedKey).raw("</span>"); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Code> codes = new LinkedHashMap<>();
		for (AnnotatedDocument d : List.of(pair.a(), pair.b())) {
			d.passages().forEach(p -> p.codes().forEach(c -> codes.putIfAbsent(c.id(), c)));
		}
		for (Code c : codes.values()) {
			html.raw(" ").raw(HtmlExporter.swatch(c.color())).text(c.name()); //$NON-NLS-1$
		}
		html.raw("</p>\n"); //$NON-NLS-1$
	}

	private void side(AnnotatedDocument doc, PairComparison pair, boolean isA) {
		String prefix = isA ? "a" : "b"; //$NON-NLS-1$ //$NON-NLS-2$
		MarkedText text = new MarkedText(html);
		for (MatchedPassage s : pair.shared()) {
			text.mark(isA ? s.aStart() : s.bStart(), isA ? s.aEnd() : s.bEnd(), "sh"); //$NON-NLS-1$
		}
		for (Difference d : pair.differences()) {
			int start = isA ? d.aStart() : d.bStart();
			text.mark(start, isA ? d.aEnd() : d.bEnd(), ComparisonHtml.cssClass(d.type()));
			text.marker(start, "<sup class=\"dn\">" + d.number() + "</sup>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<Passage> noted = doc.passages().stream().filter(p -> !p.annotation().memo().isEmpty()).toList();
		for (int i = 0; i < noted.size(); i++) {
			String id = prefix + (i + 1);
			text.marker(noted.get(i).annotation().end(), "<sup class=\"fn\"><a id=\"r" + id + "\" href=\"#n" + id //$NON-NLS-1$ //$NON-NLS-2$
					+ "\">" + prefix + (i + 1) + "</a></sup>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		text.write(doc.text(), doc.passages());
		if (doc.leftOut() > 0) {
			html.element("p class=\"note\"", NLS.bind(Messages.leftOut, doc.leftOut())); //$NON-NLS-1$
		}
		notes(noted, prefix);
	}

	private void notes(List<Passage> noted, String prefix) {
		if (noted.isEmpty()) {
			return;
		}
		html.raw("<ol class=\"notes\">\n"); //$NON-NLS-1$
		for (int i = 0; i < noted.size(); i++) {
			Passage p = noted.get(i);
			String id = prefix + (i + 1);
			html.raw("<li id=\"n" + id + "\"><a href=\"#r" + id + "\">" + id + "</a> «") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.text(ComparisonHtml.quote(p.annotation().quote().exact())).raw("» ") //$NON-NLS-1$
					.text(String.join(", ", p.codes().stream().map(Code::name).toList())).raw(" — ") //$NON-NLS-1$ //$NON-NLS-2$
					.text(p.annotation().coder()).raw(": ").text(p.annotation().memo()).raw("</li>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.raw("</ol>\n"); //$NON-NLS-1$
	}
}
