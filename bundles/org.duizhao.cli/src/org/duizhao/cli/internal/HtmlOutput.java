package org.duizhao.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.core.HunkType;
import org.duizhao.text.core.TextRange;

/**
 * One self-contained page: A and B side by side, original text escaped, hunks highlighted by type,
 * each move linked to its other side. Inline CSS, no scripts.
 */
final class HtmlOutput implements Output {

	private static final String CSS = "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\"," //$NON-NLS-1$
			+ "sans-serif;margin:1em;line-height:1.7}table{width:100%;border-collapse:collapse;table-layout:fixed}" //$NON-NLS-1$
			+ "td,th{vertical-align:top;border:1px solid #ccc;padding:.5em;white-space:pre-wrap;word-break:break-all}" //$NON-NLS-1$
			+ ".insert{background:#a6e3a6}.delete{background:#f4a9a9}.change{background:#f8d36a}" //$NON-NLS-1$
			+ ".move{background:#9dbef2}a{color:inherit;text-decoration:none}"; //$NON-NLS-1$

	private record Mark(TextRange range, HunkType type, int number) {
	}

	@Override
	public void write(CompareResult result, Appendable out) throws IOException {
		out.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>duizhao compare</title><style>") //$NON-NLS-1$
				.append(CSS).append("</style></head><body>\n<p>") //$NON-NLS-1$
				.append(String.format(Locale.ROOT, "similarity %.4f", result.metrics().similarity())) //$NON-NLS-1$
				.append(" <span class=\"insert\">insert</span> <span class=\"delete\">delete</span> " //$NON-NLS-1$
						+ "<span class=\"change\">change</span> <span class=\"move\">move</span></p>\n") //$NON-NLS-1$
				.append("<table><tr><th>A</th><th>B</th></tr>\n<tr><td>"); //$NON-NLS-1$
		side(out, result.a().text().original(), marks(result, true), 'a');
		out.append("</td><td>"); //$NON-NLS-1$
		side(out, result.b().text().original(), marks(result, false), 'b');
		out.append("</td></tr></table>\n</body></html>"); //$NON-NLS-1$
	}

	private static List<Mark> marks(CompareResult result, boolean sideA) {
		List<Mark> marks = new ArrayList<>();
		for (int k = 0; k < result.hunks().size(); k++) {
			Hunk h = result.hunks().get(k);
			TextRange r = sideA ? h.a() : h.b();
			if (!r.isEmpty()) {
				marks.add(new Mark(r, h.type(), k));
			}
		}
		marks.sort(Comparator.comparing(Mark::range));
		return marks;
	}

	private static void side(Appendable out, String text, List<Mark> marks, char side) throws IOException {
		int cursor = 0;
		for (Mark m : marks) {
			if (m.range().start() < cursor) {
				continue;
			}
			out.append(escape(text.substring(cursor, m.range().start())));
			String type = m.type().id();
			out.append("<span class=\"").append(type).append("\" id=\"").append(side).append(String.valueOf(m.number())) //$NON-NLS-1$ //$NON-NLS-2$
					.append("\" title=\"").append(type).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
			boolean move = m.type() == HunkType.MOVE;
			if (move) {
				out.append("<a href=\"#").append(side == 'a' ? 'b' : 'a').append(String.valueOf(m.number())).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.append(escape(m.range().of(text))).append(move ? "</a></span>" : "</span>"); //$NON-NLS-1$ //$NON-NLS-2$
			cursor = m.range().end();
		}
		out.append(escape(text.substring(cursor)));
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}
}
