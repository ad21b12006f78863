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
		return compare(PreparedText.of(a), PreparedText.of(b), resemblance, parameters);
	}

	/**
	 * The same on documents prepared once ({@link PreparedText#of}), for a document met in many pairs.
	 *
	 * @see #compare(ReuseText, ReuseText, double, ReuseParameters)
	 */
	public static ReusePair compare(PreparedText a, PreparedText b, double resemblance, ReuseParameters parameters) {
		HanMask ma = a.mask;
		HanMask mb = b.mask;
		List<ReusePassage> passages = new ArrayList<>();
		int shared = 0;
		for (HanPassages.Found f : HanPassages.find(ma.compact, a.grams, mb.compact, b.grams, parameters.minPassage() / 2,
				null)) {
			if (f.matches() >= parameters.minPassage() && f.score() >= parameters.minScore()) {
				passages.add(new ReusePassage(a.codePoint(ma.position[f.startA()]), a.codePoint(ma.endInText(f.endA())),
						b.codePoint(mb.position[f.startB()]), b.codePoint(mb.endInText(f.endB())), f.matches(),
						Math.round(f.score() * 1000) / 1000.0));
				shared += f.matches();
			}
		}
		if (passages.isEmpty()) {
			return null;
		}
		passages.sort(Comparator.comparingInt(ReusePassage::startA).thenComparingInt(ReusePassage::startB));
		return new ReusePair(a.id(), b.id(), resemblance, shared, a.han, b.han, passages);
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
