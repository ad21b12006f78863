package org.duizhao.analysis.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.duizhao.analysis.core.Span;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * Marks, in each of two passages, the Han characters covered by a run of {@link #K} characters
 * that the other passage holds too. Runs of three are long enough that common two-character words
 * (发展, 工作) do not light up a reworded passage, short enough that a kept phrase between two
 * rewordings shows. Linear in the passages' length.
 */
public final class PassageParts {

	/** The shortest run marked as shared. */
	public static final int K = 3;

	private PassageParts() {
	}

	/**
	 * @param a the first passage, normalized (its original is the passage's original text)
	 * @param b the second passage, normalized
	 * @param offsetA where the first passage starts in its whole text, code points
	 * @param offsetB where the second starts
	 * @return {inA, inB}: the shared stretches in code points of the whole texts
	 */
	public static List<List<Span>> mark(NormalizedText a, NormalizedText b, int offsetA, int offsetB) {
		HanMask ma = HanMask.of(a.text());
		HanMask mb = HanMask.of(b.text());
		Set<String> gramsA = grams(ma.compact);
		Set<String> gramsB = grams(mb.compact);
		return List.of(spans(a, ma, gramsB, offsetA), spans(b, mb, gramsA, offsetB));
	}

	private static Set<String> grams(String compact) {
		Set<String> out = new HashSet<>();
		for (int i = 0; i + K <= compact.length(); i++) {
			String g = compact.substring(i, i + K);
			if (g.indexOf(HanMask.BREAK) < 0) {
				out.add(g);
			}
		}
		return out;
	}

	private static List<Span> spans(NormalizedText text, HanMask mask, Set<String> other, int offset) {
		boolean[] marked = new boolean[mask.compact.length()];
		for (int i = 0; i + K <= mask.compact.length(); i++) {
			if (other.contains(mask.compact.substring(i, i + K))) {
				for (int k = i; k < i + K; k++) {
					marked[k] = true;
				}
			}
		}
		CodePoints.Index original = CodePoints.index(text.original());
		List<Span> out = new ArrayList<>();
		int i = 0;
		while (i < marked.length) {
			if (!marked[i]) {
				i++;
				continue;
			}
			int end = i;
			while (end < marked.length && marked[end]) {
				end++;
			}
			int[] o = text.toOriginal(mask.position[i], mask.endInText(end));
			out.add(new Span(offset + original.toCodePoint(o[0]), offset + original.toCodePoint(o[1])));
			i = end;
		}
		return out;
	}
}
