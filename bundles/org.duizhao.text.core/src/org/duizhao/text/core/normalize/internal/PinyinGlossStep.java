package org.duizhao.text.core.normalize.internal;

import java.util.List;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.FoldLog;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.NormalizationStep;
import org.duizhao.text.core.normalize.NormalizedText;

/** Leaves pinyin glosses ({@code 堅(jiān)}) out of the view; see {@link PinyinGlosses}. */
public final class PinyinGlossStep implements NormalizationStep {

	@Override
	public NormalizedText apply(NormalizedText input, FoldLog log) {
		List<TextRange> glosses = PinyinGlosses.find(input.text());
		if (glosses.isEmpty()) {
			return input;
		}
		NormalizedText.Builder out = NormalizedText.Builder.from(input);
		int at = 0;
		for (TextRange gloss : glosses) {
			out.keep(at, gloss.start());
			log.record(input, gloss.start(), gloss.end(), "", FoldReason.PINYIN_GLOSS); //$NON-NLS-1$
			at = gloss.end();
		}
		out.keep(at, input.length());
		return out.build();
	}
}
