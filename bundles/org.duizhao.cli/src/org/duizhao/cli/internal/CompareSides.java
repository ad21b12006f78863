package org.duizhao.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Granularity;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.NormalizedText;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.text.core.segment.Sentences;
import org.duizhao.text.core.segment.Words;

/**
 * Builds a compare side from an original text: normalized view plus sentences found in the
 * original (the view may have lost line breaks or full stops) and, for word granularity, words.
 * The same rule as the compare UI's {@code SideBuilder}; both stand in for a facade that belongs
 * in {@code org.duizhao.compare.core}.
 */
final class CompareSides {

	private CompareSides() {
	}

	static CompareSide build(String original, Set<NormalizeOption> ignore, Granularity granularity) {
		NormalizedText view = Normalizer.standard().normalize(original, ignore);
		List<TextRange> words = granularity == Granularity.WORD ? Words.of(view.text()) : null;
		return new CompareSide(view, sentences(view, Sentences.of(original)), words);
	}

	/** @return the original sentences carried over to the view: contiguous, non-empty */
	static List<TextRange> sentences(NormalizedText view, List<TextRange> original) {
		List<TextRange> out = new ArrayList<>();
		int unit = 0;
		int start = 0;
		for (int k = 1; k < original.size(); k++) {
			while (unit < view.length() && view.originalStart(unit) < original.get(k).start()) {
				unit++;
			}
			if (unit > start) {
				out.add(new TextRange(start, unit));
				start = unit;
			}
		}
		if (view.length() > start) {
			out.add(new TextRange(start, view.length()));
		}
		return out;
	}
}
