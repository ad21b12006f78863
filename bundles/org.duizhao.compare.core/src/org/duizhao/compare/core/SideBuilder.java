package org.duizhao.compare.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.NormalizedText;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.text.core.segment.Sentences;
import org.duizhao.text.core.segment.Words;

/**
 * Builds a {@link CompareSide} from an original text: normalizes it and segments it. The CLI and
 * the compare editor both start here.
 * <p>
 * Sentences are found in the <em>original</em> text and carried over to the view, because the
 * view may have lost what ends a sentence (line breaks when whitespace is ignored, 。 when
 * punctuation is). Each sentence of the view runs from the first view unit of its original
 * sentence to the first unit of the next, so the sentences cover the view without gaps.
 */
public final class SideBuilder {

	private final Normalizer normalizer;

	/** @param normalizer never {@code null} */
	public SideBuilder(Normalizer normalizer) {
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer"); //$NON-NLS-1$
	}

	/** @return a builder with {@link Normalizer#standard()} */
	public static SideBuilder standard() {
		return new SideBuilder(Normalizer.standard());
	}

	/**
	 * @param original the decoded text, never {@code null}
	 * @param ignore what to ignore, never {@code null}
	 * @param granularity decides whether word ranges are computed, never {@code null}
	 * @return the side, never {@code null}
	 */
	public CompareSide build(String original, Set<NormalizeOption> ignore, Granularity granularity) {
		NormalizedText view = normalizer.normalize(original, ignore);
		List<TextRange> sentences = sentencesOfView(view, Sentences.of(original));
		List<TextRange> words = granularity == Granularity.WORD ? Words.of(view.text()) : null;
		return new CompareSide(view, sentences, words);
	}

	/**
	 * Carries original sentence ranges over to the view.
	 *
	 * @param view the normalized view
	 * @param original sentence ranges of {@code view.original()}, sorted
	 * @return sentence ranges of {@code view.text()}, sorted, non-empty, contiguous
	 */
	static List<TextRange> sentencesOfView(NormalizedText view, List<TextRange> original) {
		List<TextRange> out = new ArrayList<>();
		int n = view.length();
		int unit = 0;
		int start = 0;
		for (int k = 1; k < original.size(); k++) {
			int boundary = original.get(k).start();
			while (unit < n && view.originalStart(unit) < boundary) {
				unit++;
			}
			if (unit > start) {
				out.add(new TextRange(start, unit));
				start = unit;
			}
		}
		if (n > start) {
			out.add(new TextRange(start, n));
		}
		return out;
	}
}
