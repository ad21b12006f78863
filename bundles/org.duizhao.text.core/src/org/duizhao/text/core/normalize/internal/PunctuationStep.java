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
		NormalizedText.Builder out = NormalizedText.Builder.from(input);
		boolean changed = false;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int count = Character.charCount(cp);
			if (Chars.isPunctuation(cp)) {
				log.record(input, i, i + count, "", FoldReason.PUNCTUATION); //$NON-NLS-1$
				changed = true;
			} else {
				out.keep(i, i + count);
			}
			i += count;
		}
		return changed ? out.build() : input;
	}
}
