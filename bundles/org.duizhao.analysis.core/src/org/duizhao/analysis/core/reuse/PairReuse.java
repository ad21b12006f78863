package org.duizhao.analysis.core.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.analysis.core.internal.HanMask;
import org.duizhao.analysis.core.internal.HanPassages;

/**
 * The pairwise core of corpus-wide reuse: a pure function of two (document id, normalized text)
 * pairs that aligns them with the parallel-passage engine ({@link HanPassages}: rare shared
 * 4-grams as seeds, local alignment with affine gaps, merged and scored passages) and returns the
 * passages and their volume. No state, no I/O, no framework: the same call runs in the workbench,
 * the CLI and, later, a task of a distributed engine.
 */
public final class PairReuse {

	private PairReuse() {
	}

	/**
	 * @param a the first document
	 * @param b the second document
	 * @param resemblance the pair's estimated resemblance, carried into the result
	 * @param parameters the shortest passage and lowest score kept
	 * @return the pair with its shared passages, or {@code null} when they share none
	 */
	public static ReusePair compare(ReuseText a, ReuseText b, double resemblance, ReuseParameters parameters) {
		HanMask ma = HanMask.of(a.text()).hanOnly(a.text());
		HanMask mb = HanMask.of(b.text()).hanOnly(b.text());
		List<ReusePassage> passages = new ArrayList<>();
		int shared = 0;
		int[] cpA = null;
		int[] cpB = null;
		for (HanPassages.Found f : HanPassages.find(ma.compact, mb.compact, parameters.minPassage() / 2, null)) {
			if (f.matches() >= parameters.minPassage() && f.score() >= parameters.minScore()) {
				if (cpA == null) {
					cpA = codePoints(a.text());
					cpB = codePoints(b.text());
				}
				passages.add(new ReusePassage(cpA[ma.position[f.startA()]], cpA[ma.endInText(f.endA())],
						cpB[mb.position[f.startB()]], cpB[mb.endInText(f.endB())], f.matches(),
						Math.round(f.score() * 1000) / 1000.0));
				shared += f.matches();
			}
		}
		if (passages.isEmpty()) {
			return null;
		}
		passages.sort(Comparator.comparingInt(ReusePassage::startA).thenComparingInt(ReusePassage::startB));
		return new ReusePair(a.id(), b.id(), resemblance, shared, han(ma.compact), han(mb.compact), passages);
	}

	/**
	 * @return for each UTF-16 index of {@code text} (and its length), the code point offset there:
	 *         a pair has hundreds of passages, and counting from the start for each cost a third of
	 *         the comparison
	 */
	private static int[] codePoints(String text) {
		int[] out = new int[text.length() + 1];
		for (int i = 0; i < text.length(); i++) {
			// as String.codePointCount(0, i + 1): a low surrogate after its high one adds nothing
			boolean second = i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1));
			out[i + 1] = out[i] + (second ? 0 : 1);
		}
		return out;
	}

	static int han(String compact) {
		int n = 0;
		for (int i = 0; i < compact.length(); i++) {
			if (compact.charAt(i) != HanMask.BREAK && !Character.isLowSurrogate(compact.charAt(i))) {
				n++;
			}
		}
		return n;
	}
}
