package org.duizhao.text.core.normalize.internal;

import org.duizhao.text.core.normalize.FoldLog;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.NormalizationStep;
import org.duizhao.text.core.normalize.NormalizedText;

/** Leaves all punctuation, full- and half-width, out of the view. */
public final class PunctuationStep implements NormalizationStep {

	@Override
	public NormalizedText apply(NormalizedText input, FoldLog log) {
		String text = input.text();
		Folding out = new Folding(input, log);
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int count = Character.charCount(cp);
			out.fold(i, i + count, Chars.isPunctuation(cp) ? "" : null, FoldReason.PUNCTUATION); //$NON-NLS-1$
			i += count;
		}
		return out.result();
	}
}
