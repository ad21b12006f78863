package org.duizhao.report.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.duizhao.annotations.core.Code;
import org.duizhao.report.core.Passage;
import org.duizhao.text.core.CodePoints;

/**
 * One side of a comparison in HTML: the text cut at every boundary of a difference, a shared
 * passage or a coded passage, each piece with the classes of the marks covering it (the difference
 * as a background) and the colour of the first code covering it as an underline (a dashed outline
 * where codings overlap), and markers (difference numbers, footnote marks) placed between pieces.
 */
final class MarkedText {

	/**
	 * A marked range in code points.
	 *
	 * @param cssClass one of the classes the stylesheet defines, never user text
	 */
	record Mark(int start, int end, String cssClass) {
	}

	private final Html html;
	private final List<Mark> marks = new ArrayList<>();
	private final Map<Integer, StringBuilder> markers = new TreeMap<>();

	MarkedText(Html html) {
		this.html = html;
	}

	MarkedText mark(int start, int end, String cssClass) {
		if (end > start) {
			marks.add(new Mark(start, end, cssClass));
		}
		return this;
	}

	/** Adds trusted markup (written in this bundle, holding no user text) before position {@code at}. */
	MarkedText marker(int at, String markup) {
		markers.computeIfAbsent(at, k -> new StringBuilder()).append(markup);
		return this;
	}

	void write(String text, List<Passage> passages) {
		CodePoints.Index cp = CodePoints.index(text);
		int length = cp.codePointLength();
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
		marks.forEach(m -> cut(cuts, length, m.start(), m.end()));
		passages.forEach(p -> cut(cuts, length, p.annotation().start(), p.annotation().end()));
		markers.keySet().forEach(at -> cuts.add(Math.min(at, length)));
		html.raw("<div class=\"text\">"); //$NON-NLS-1$
		Integer from = cuts.first();
		for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
			markersAt(from);
			piece(text.substring(cp.toUtf16(from), cp.toUtf16(to)), from, to, passages);
		}
		markersAt(length);
		html.raw("</div>\n"); //$NON-NLS-1$
	}

	private static void cut(TreeSet<Integer> cuts, int length, int start, int end) {
		cuts.add(Math.min(start, length));
		cuts.add(Math.min(end, length));
	}

	private void markersAt(int at) {
		StringBuilder m = markers.remove(at);
		if (m != null) {
			html.raw(m.toString());
		}
	}

	private void piece(String text, int from, int to, List<Passage> passages) {
		Set<String> classes = new LinkedHashSet<>();
		marks.stream().filter(m -> m.start() <= from && m.end() >= to).forEach(m -> classes.add(m.cssClass()));
		List<Passage> covering = passages.stream()
				.filter(p -> p.annotation().start() <= from && p.annotation().end() >= to).toList();
		if (covering.size() > 1) {
			classes.add("ov"); //$NON-NLS-1$
		}
		if (classes.isEmpty() && covering.isEmpty()) {
			html.text(text);
			return;
		}
		html.raw("<span"); //$NON-NLS-1$
		if (!classes.isEmpty()) {
			html.raw(" class=\"").raw(String.join(" ", classes)).raw("\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!covering.isEmpty()) {
			Set<String> names = new LinkedHashSet<>();
			covering.forEach(p -> p.codes().forEach(c -> names.add(c.name())));
			html.raw(" style=\"border-bottom:3px solid ").raw(color(covering.get(0).codes())).raw("\" title=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.text(String.join(" · ", names)).raw("\""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.raw(">").text(text).raw("</span>"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String color(List<Code> codes) {
		return codes.isEmpty() ? "#999999" : Html.color(codes.get(0).color()); //$NON-NLS-1$
	}
}
