package org.duizhao.report.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Memo;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.Passage;
import org.duizhao.text.core.CodePoints;
import org.eclipse.osgi.util.NLS;

/**
 * The annotated documents in HTML: a metadata header, the text cut at every passage boundary so
 * that each piece shows the colours of all passages covering it (stripes where they overlap), a
 * footnote mark after each passage with a memo, then the footnotes and the document's memos.
 */
final class DocumentHtml {

	private static final String NO_CODE = "#dddddd"; //$NON-NLS-1$

	private final Html html;

	DocumentHtml(Html html) {
		this.html = html;
	}

	void write(DocumentReport report) {
		int index = 0;
		for (AnnotatedDocument d : report.documents()) {
			index++;
			html.raw("<section class=\"doc\">\n").element("h2", d.document().displayName()); //$NON-NLS-1$ //$NON-NLS-2$
			metadata(d.document().metadata());
			if (d.leftOut() > 0) {
				html.element("p class=\"note\"", NLS.bind(Messages.leftOut, d.leftOut())); //$NON-NLS-1$
			}
			List<Passage> noted = d.passages().stream().filter(p -> !p.annotation().memo().isEmpty()).toList();
			text(d, noted, index);
			footnotes(noted, index);
			memos(d.memos());
			html.raw("</section>\n"); //$NON-NLS-1$
		}
	}

	private void metadata(Metadata m) {
		html.raw("<table class=\"meta\">"); //$NON-NLS-1$
		row(Messages.metaTitle, m.title());
		row(Messages.metaSource, m.source());
		row(Messages.metaDate, m.date());
		row(Messages.metaRegion, m.region());
		row(Messages.metaIssuer, m.issuer());
		row(Messages.metaTags, m.tags() == null ? null : String.join(", ", m.tags())); //$NON-NLS-1$
		html.raw("</table>\n"); //$NON-NLS-1$
	}

	private void row(String label, String value) {
		if (value != null && !value.isBlank()) {
			html.raw("<tr>").element("th", label).element("td", value).raw("</tr>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	private void text(AnnotatedDocument d, List<Passage> noted, int docIndex) {
		String text = d.text();
		CodePoints.Index cp = CodePoints.index(text);
		int length = cp.codePointLength();
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
		for (Passage p : d.passages()) {
			cuts.add(Math.min(p.annotation().start(), length));
			cuts.add(Math.min(p.annotation().end(), length));
		}
		Map<Integer, List<Integer>> marks = new HashMap<>();
		for (int i = 0; i < noted.size(); i++) {
			marks.computeIfAbsent(Math.min(noted.get(i).annotation().end(), length), k -> new ArrayList<>()).add(i + 1);
		}
		html.raw("<div class=\"text\">"); //$NON-NLS-1$
		marks(marks.get(0), docIndex);
		Integer from = cuts.first();
		for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
			piece(text.substring(cp.toUtf16(from), cp.toUtf16(to)), covering(d.passages(), from, to));
			marks(marks.get(to), docIndex);
		}
		html.raw("</div>\n"); //$NON-NLS-1$
	}

	private static List<Passage> covering(List<Passage> passages, int from, int to) {
		return passages.stream().filter(p -> p.annotation().start() <= from && p.annotation().end() >= to).toList();
	}

	private void piece(String text, List<Passage> covering) {
		if (covering.isEmpty()) {
			html.text(text);
			return;
		}
		Set<String> colors = new LinkedHashSet<>();
		Set<String> names = new LinkedHashSet<>();
		for (Passage p : covering) {
			colors.add(p.codes().isEmpty() ? NO_CODE : Html.color(p.codes().get(0).color()));
			p.codes().forEach(c -> names.add(c.name()));
		}
		html.raw(covering.size() > 1 ? "<mark class=\"ov\" style=\"" : "<mark style=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.raw(background(new ArrayList<>(colors))).raw("\" title=\"") //$NON-NLS-1$
				.text(String.join(" · ", names)).raw("\">").text(text).raw("</mark>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return a plain background for one colour, horizontal stripes for overlapping codes */
	private static String background(List<String> colors) {
		if (colors.size() == 1) {
			return "background:" + colors.get(0); //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder("background:linear-gradient(to bottom"); //$NON-NLS-1$
		for (int i = 0; i < colors.size(); i++) {
			int lo = i * 100 / colors.size();
			int hi = (i + 1) * 100 / colors.size();
			b.append(',').append(colors.get(i)).append(' ').append(lo).append("% ").append(hi).append('%'); //$NON-NLS-1$
		}
		return b.append(')').toString();
	}

	private void marks(List<Integer> numbers, int docIndex) {
		if (numbers == null) {
			return;
		}
		for (int n : numbers) {
			String id = docIndex + "-" + n; //$NON-NLS-1$
			html.raw("<sup class=\"fn\"><a id=\"r" + id + "\" href=\"#n" + id + "\">" + n + "</a></sup>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	private void footnotes(List<Passage> noted, int docIndex) {
		if (noted.isEmpty()) {
			return;
		}
		html.element("h3", Messages.notes).raw("<ol class=\"notes\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < noted.size(); i++) {
			Passage p = noted.get(i);
			String id = docIndex + "-" + (i + 1); //$NON-NLS-1$
			html.raw("<li id=\"n" + id + "\"><a href=\"#r" + id + "\">↑</a> «").text(p.annotation().quote().exact()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.raw("» ").text(codeNames(p.codes())).raw(" — ").text(p.annotation().coder()).raw(": ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.text(p.annotation().memo()).raw("</li>\n"); //$NON-NLS-1$
		}
		html.raw("</ol>\n"); //$NON-NLS-1$
	}

	private static String codeNames(List<Code> codes) {
		return codes.isEmpty() ? "" : "[" + String.join(", ", codes.stream().map(Code::name).toList()) + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private void memos(List<Memo> memos) {
		if (memos.isEmpty()) {
			return;
		}
		html.element("h3", Messages.documentMemos).raw("<dl class=\"memos\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Memo m : memos) {
			html.raw("<dt>").text(m.title()).raw(" — ").text(m.author()).raw("</dt><dd>").text(m.text()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.raw("</dd>\n"); //$NON-NLS-1$
		}
		html.raw("</dl>\n"); //$NON-NLS-1$
	}
}
