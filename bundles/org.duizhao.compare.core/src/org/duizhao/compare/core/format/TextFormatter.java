package org.duizhao.compare.core.format;

import java.io.IOException;
import java.util.Locale;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.core.HunkType;
import org.duizhao.text.core.TerminalText;
import org.duizhao.text.core.TextRange;

/**
 * A readable listing in the spirit of a unified diff: a summary line, then per hunk a header with
 * code point ranges and the text removed ({@code -}), added ({@code +}) or moved ({@code >}).
 * Line breaks inside hunk text are shown as {@code \n} so each hunk side stays on one line, and
 * other control characters as {@code \u001b}: an escape sequence in a scraped page must never
 * reach the terminal, where it can clear the screen or retitle the window.
 *
 * @since 0.1
 */
public final class TextFormatter implements ResultFormatter {

	@Override
	public void write(CompareResult result, Appendable out) throws IOException {
		CompareMetrics m = result.metrics();
		out.append(String.format(Locale.ROOT,
				"similarity %.4f  inserted %d  deleted %d  changed %d  moved %d  hunks %d%n", //$NON-NLS-1$
				m.similarity(), m.insertedChars(), m.deletedChars(), m.changedChars(), m.movedChars(),
				result.hunks().size()));
		String a = result.a().text().original();
		String b = result.b().text().original();
		for (Hunk h : result.hunks()) {
			out.append("@@ ").append(h.type().id()).append(" a").append(range(h.aCodePoints())) //$NON-NLS-1$ //$NON-NLS-2$
					.append(" b").append(range(h.bCodePoints())).append(" @@\n"); //$NON-NLS-1$ //$NON-NLS-2$
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
		out.append(prefix).append(escaped(text)).append('\n');
	}

	/** @return {@code text} with line breaks and control characters escaped ({@link TerminalText}) */
	static String escaped(String text) {
		return TerminalText.escape(text);
	}
}
