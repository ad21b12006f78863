package org.duizhao.compare.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.compare.core.Granularity;
import org.duizhao.text.core.TextRange;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The second level: the fine diff inside one pair of changed sentences.
 */
final class PairDiff {

	/** Code points per anchor key inside a long pair. */
	private static final int CHAR_GRAM = 8;

	/** Words per anchor key inside a long pair. */
	private static final int WORD_GRAM = 3;

	/**
	 * Least lengths (UTF-16 units) of anchoring runs inside a long pair: long runs first, so that a
	 * stock phrase shared by neighbouring paragraphs cannot pull the walk off the diagonal; then
	 * short ones between them.
	 */
	private static final int[] MIN_ANCHOR = { 32, 8 };

	private final String textA;
	private final String textB;
	private final Granularity granularity;
	private final List<TextRange> wordsA;
	private final List<TextRange> wordsB;
	private final IProgressMonitor monitor;
	private final Map<String, Integer> dictionary = new HashMap<>();

	PairDiff(String textA, String textB, Granularity granularity, List<TextRange> wordsA, List<TextRange> wordsB,
			IProgressMonitor monitor) {
		this.textA = textA;
		this.textB = textB;
		boolean words = granularity == Granularity.WORD && wordsA != null && wordsB != null;
		this.granularity = words ? Granularity.WORD : granularity == Granularity.SENTENCE ? granularity : Granularity.CHAR;
		this.wordsA = wordsA;
		this.wordsB = wordsB;
		this.monitor = monitor;
	}

	/**
	 * Diffs {@code textA[as..ae)} against {@code textB[bs..be)} into {@code out}.
	 *
	 * @return the share of equal characters, {@code 2 * equal / (lengthA + lengthB)}
	 */
	double diff(int as, int ae, int bs, int be, EditSink out) {
		if (granularity == Granularity.SENTENCE) {
			out.add(Edit.Kind.CHANGE, as, ae, bs, be);
			return Bigrams.of(textA, as, ae, textB, bs, be);
		}
		Tokens ta = tokens(textA, as, ae, wordsA);
		Tokens tb = tokens(textB, bs, be, wordsB);
		int gram = granularity == Granularity.WORD ? WORD_GRAM : CHAR_GRAM;
		List<Block> blocks = new SequenceDiff(trim(ta.ids, ta.count()), trim(tb.ids, tb.count()), ta.weights(),
				tb.weights(), gram, MIN_ANCHOR, true, monitor).run();
		long equal = 0;
		for (Block k : blocks) {
			int a0 = ta.bounds[k.aStart()];
			int a1 = ta.bounds[k.aEnd()];
			int b0 = tb.bounds[k.bStart()];
			int b1 = tb.bounds[k.bEnd()];
			if (k.equal()) {
				equal += a1 - a0;
			}
			out.add(k.equal() ? Edit.Kind.EQUAL : Edit.Kind.CHANGE, a0, a1, b0, b1);
		}
		int total = (ae - as) + (be - bs);
		return total == 0 ? 1 : 2.0 * equal / total;
	}

	private Tokens tokens(String text, int start, int end, List<TextRange> words) {
		return granularity == Granularity.WORD ? Tokens.words(text, start, end, words, dictionary)
				: Tokens.chars(text, start, end);
	}

	private static int[] trim(int[] ids, int size) {
		return ids.length == size ? ids : java.util.Arrays.copyOf(ids, size);
	}
}
