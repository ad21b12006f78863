package org.duizhao.cli.internal;

import java.io.IOException;
import java.util.Locale;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.core.HunkType;
import org.duizhao.text.core.TextRange;

/**
 * A summary line, then per hunk {@code @@ type a[start,end) b[start,end) @@} (code points) and the
 * text removed ({@code -}), added ({@code +}) or moved ({@code >}), one line each.
 */
final class TextOutput implements Output {

	@Override
	public void write(CompareResult result, Appendable out) throws IOException {
		CompareMetrics m = result.metrics();
		out.append(String.format(Locale.ROOT, "similarity %.4f  inserted %d  deleted %d  changed %d  moved %d  hunks %d%n", //$NON-NLS-1$
				m.similarity(), m.insertedChars(), m.deletedChars(), m.changedChars(), m.movedChars(),
				result.hunks().size()));
		String a = result.a().text().original();
		String b = result.b().text().original();
		for (Hunk h : result.hunks()) {
			out.append("@@ ").append(h.type().id()).append(" a").append(range(h.aCodePoints())).append(" b") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(range(h.bCodePoints())).append(" @@\n"); //$NON-NLS-1$
			if (h.type() == HunkType.MOVE) {
				line(out, "> ", h.b().of(b)); //$NON-NLS-1$
				continue;
			}
			if (!h.a().isEmpty()) {
				line(out, "- ", h.a().of(a)); //$NON-NLS-1$
			}
			if (!h.b().isEmpty()) {
				line(out, "+ ", h.b().of(b)); //$NON-NLS-1$
			}
		}
	}

	private static String range(TextRange r) {
		return "[" + r.start() + "," + r.end() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void line(Appendable out, String prefix, String text) throws IOException {
		out.append(prefix).append(text.replace("\r", "\\r").replace("\n", "\\n")).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
