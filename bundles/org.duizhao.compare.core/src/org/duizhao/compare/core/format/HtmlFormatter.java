package org.duizhao.compare.core.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.core.HunkType;
import org.duizhao.compare.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * One self-contained HTML page showing A and B side by side, original text escaped, each hunk
 * highlighted by type (moves in their own colour, linked to their other side). Inline CSS only,
 * UTF-8, CJK font stack; no scripts.
 *
 * @since 0.1
 */
public final class HtmlFormatter implements ResultFormatter {

	private static final String CSS = "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\"," //$NON-NLS-1$
			+ "\"Microsoft YaHei\",\"PingFang SC\",sans-serif;margin:1em;line-height:1.7}" //$NON-NLS-1$
			+ "table{width:100%;border-collapse:collapse;table-layout:fixed}" //$NON-NLS-1$
			+ "td,th{vertical-align:top;border:1px solid #ccc;padding:.5em}" //$NON-NLS-1$
			+ ".t{white-space:pre-wrap;word-break:break-all}" //$NON-NLS-1$
			+ ".insert{background:#c8f0c8}.delete{background:#f8c8c8;text-decoration:line-through}" //$NON-NLS-1$
			+ ".change{background:#fbeaa0}.move{background:#c8dcfa;outline:1px dashed #4a78c0}" //$NON-NLS-1$
			+ ".mark{color:#2a8a2a;font-weight:bold}a{color:inherit;text-decoration:none}"; //$NON-NLS-1$

	private final String title;

	/** @param title the page title, or {@code null} for the default */
	public HtmlFormatter(String title) {
		this.title = title == null ? Messages.Report_title : title;
	}

	@Override
	public void write(CompareResult result, Appendable out) throws IOException {
		out.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>") //$NON-NLS-1$
				.append(escape(title)).append("</title><style>").append(CSS).append("</style></head><body>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		out.append("<h1>").append(escape(title)).append("</h1>\n<p>") //$NON-NLS-1$ //$NON-NLS-2$
				.append(escape(NLS.bind(Messages.Report_similarity,
						String.format(Locale.ROOT, "%.4f", result.metrics().similarity())))) //$NON-NLS-1$
				.append(" ").append(legend()).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		out.append("<table><tr><th>").append(escape(Messages.Report_textA)).append("</th><th>") //$NON-NLS-1$ //$NON-NLS-2$
				.append(escape(Messages.Report_textB)).append("</th></tr>\n<tr><td class=\"t\">"); //$NON-NLS-1$
		side(out, result.a().text().original(), marks(result, true));
		out.append("</td><td class=\"t\">"); //$NON-NLS-1$
		side(out, result.b().text().original(), marks(result, false));
		out.append("</td></tr></table>\n</body></html>\n"); //$NON-NLS-1$
	}

	/** A highlighted range of one side; {@code start == end} shows a caret where the other side adds text. */
	private record Mark(int start, int end, HunkType type, int number, boolean sideA) {
	}

	private static List<Mark> marks(CompareResult result, boolean sideA) {
		List<Mark> marks = new ArrayList<>();
		for (int k = 0; k < result.hunks().size(); k++) {
			Hunk h = result.hunks().get(k);
			var r = sideA ? h.a() : h.b();
			marks.add(new Mark(r.start(), r.end(), h.type(), k, sideA));
		}
		marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
		return marks;
	}

	private static void side(Appendable out, String text, List<Mark> marks) throws IOException {
		int cursor = 0;
		for (Mark m : marks) {
			if (m.start() < cursor) {
				continue; // overlapping ranges (a folded normalization) are shown once
			}
			out.append(escape(text.substring(cursor, m.start())));
			if (m.start() == m.end()) {
				out.append("<span class=\"mark\" title=\"").append(m.type().id()).append("\">\u2038</span>"); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				open(out, m);
				out.append(escape(text.substring(m.start(), m.end()))).append(m.type() == HunkType.MOVE ? "</a></span>" : "</span>"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			cursor = m.end();
		}
		out.append(escape(text.substring(cursor)));
	}

	private static void open(Appendable out, Mark m) throws IOException {
		String type = m.type().id();
		out.append("<span class=\"").append(type).append("\" title=\"").append(type).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
				.append(String.valueOf(m.number() + 1)).append("\" id=\"").append(m.sideA() ? "a" : "b") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(String.valueOf(m.number())).append("\">"); //$NON-NLS-1$
		if (m.type() == HunkType.MOVE) {
			out.append("<a href=\"#").append(m.sideA() ? "b" : "a").append(String.valueOf(m.number())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("\">"); //$NON-NLS-1$
		}
	}

	private static String legend() {
		return "<span class=\"insert\">" + escape(Messages.Report_insert) + "</span> <span class=\"delete\">" //$NON-NLS-1$ //$NON-NLS-2$
				+ escape(Messages.Report_delete) + "</span> <span class=\"change\">" + escape(Messages.Report_change) //$NON-NLS-1$
				+ "</span> <span class=\"move\">" + escape(Messages.Report_move) + "</span>"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return {@code text} safe inside HTML text and attribute values */
	static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> sb.append("&amp;"); //$NON-NLS-1$
			case '<' -> sb.append("&lt;"); //$NON-NLS-1$
			case '>' -> sb.append("&gt;"); //$NON-NLS-1$
			case '"' -> sb.append("&quot;"); //$NON-NLS-1$
			case '\'' -> sb.append("&#39;"); //$NON-NLS-1$
			default -> sb.append(c);
			}
		}
		return sb.toString();
	}
}
