package org.duizhao.text.core.normalize.internal;

import org.duizhao.text.core.normalize.FoldLog;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.NormalizationStep;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * Collapses or drops whitespace. Collapsing turns a run that holds a line break into one
 * {@code \n} (so indentation with U+3000 and blank lines vanish), drops runs at the start and end
 * of the text, and turns any other run into one space. Dropping leaves every whitespace out: in
 * Chinese text spaces carry no meaning. Zero-width characters are always dropped.
 */
public final class WhitespaceStep implements NormalizationStep {

	private final boolean drop;

	/** @param drop whether to drop all whitespace rather than collapse it */
	public WhitespaceStep(boolean drop) {
		this.drop = drop;
	}

	@Override
	public NormalizedText apply(NormalizedText input, FoldLog log) {
		String text = input.text();
		Folding out = new Folding(input, log);
		int i = 0;
		while (i < text.length()) {
			if (!Chars.isSpace(text.charAt(i))) {
				out.keep(i++);
				continue;
			}
			int end = i;
			boolean lineBreak = false;
			while (end < text.length() && Chars.isSpace(text.charAt(end))) {
				lineBreak |= Chars.isLineBreak(text.charAt(end));
				end++;
			}
			String to = replacement(text, i, end, lineBreak);
			boolean same = to.length() == end - i && text.startsWith(to, i);
			out.fold(i, end, same ? null : to, FoldReason.WHITESPACE);
			i = end;
		}
		return out.result();
	}

	private String replacement(String text, int start, int end, boolean lineBreak) {
		if (drop || start == 0 || end == text.length() || onlyZeroWidth(text, start, end)) {
			return ""; //$NON-NLS-1$
		}
		return lineBreak ? "\n" : " "; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean onlyZeroWidth(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!Chars.isZeroWidth(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
