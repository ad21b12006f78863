package org.duizhao.analysis.core.internal;

import java.util.BitSet;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.segment.DictionaryWords;

/**
 * Where words start and end in a text (UTF-16 indices): every index that begins or ends a word, or
 * touches a character outside any word (space, punctuation). A phrase that starts and ends on such
 * indices does not cut a word in two.
 */
public final class WordBoundaries {

	private final BitSet bounds;

	private WordBoundaries(BitSet bounds) {
		this.bounds = bounds;
	}

	/** @return the boundaries of {@code text} as the word segmenter sees them */
	public static WordBoundaries of(CharSequence text) {
		BitSet b = new BitSet(text.length() + 1);
		b.set(0);
		b.set(text.length());
		int covered = 0;
		for (TextRange w : DictionaryWords.of(text)) {
			b.set(covered, w.start() + 1); // gaps between words: every index in them is a boundary
			b.set(w.end());
			covered = w.end();
		}
		b.set(covered, text.length() + 1);
		return new WordBoundaries(b);
	}

	/** @return the first boundary after {@code index}, at most {@code limit} */
	public int next(int index, int limit) {
		int n = bounds.nextSetBit(index + 1);
		return n < 0 || n > limit ? limit : n;
	}

	/** @return the last boundary before {@code index}, at least {@code limit} */
	public int previous(int index, int limit) {
		int p = bounds.previousSetBit(index - 1);
		return p < limit ? limit : p;
	}

	/** @return whether {@code index} is a word boundary */
	public boolean isBoundary(int index) {
		return bounds.get(index);
	}
}
