package org.duizhao.text.core.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.internal.Tables;
import org.duizhao.text.core.normalize.internal.WordTable;

/**
 * Splits text into words by the most probable path through jieba's word list (the word table the
 * look-alike folding already loads): every Han character is a one-character word or starts a
 * dictionary word of two to four characters, and the path whose words score highest in sum wins.
 * A word scores its frequency level (rounded log2 of its count) less a fixed cost per word; a lone
 * Han character scores a little below zero. The cost per word favours fewer, longer words only when
 * they are frequent enough, which is what keeps 发展思想 from becoming 发/展思/想.
 * <p>
 * On the UD Chinese GSDSimp test set it scores higher than ICU's dictionary breaker ({@link Words};
 * the figures are in the README): the two constants were chosen on every other sentence of that
 * set and hold on the rest. Runs of letters or digits are one word; spaces and punctuation are not
 * words and are left out. Ranges are UTF-16, in order; the class is thread-safe.
 */
public final class DictionaryWords {

	/** Subtracted from every word's level: the cost of one more word on the path. */
	private static final int WORD_COST = 9;
	/** The score of a Han character taken alone (its level would be 6). */
	private static final int SINGLE = 6 - WORD_COST;
	private static final int LONGEST = 4;

	private DictionaryWords() {
	}

	/** @return the words of {@code text}, never {@code null} */
	public static List<TextRange> of(CharSequence text) {
		WordTable table = Tables.words();
		int n = text.length();
		int[] best = new int[n + 1];
		int[] from = new int[n + 1];
		Arrays.fill(best, Integer.MIN_VALUE);
		best[0] = 0;
		for (int i = 0; i < n; i++) {
			if (best[i] == Integer.MIN_VALUE) {
				continue; // inside a surrogate pair or a run of letters
			}
			int cp = Character.codePointAt(text, i);
			int next = i + Character.charCount(cp);
			if (isHan(cp)) {
				offer(best, from, i, next, best[i] + SINGLE);
				for (int end = i + 2; end <= Math.min(n, i + LONGEST); end++) {
					int level = table.level(text, i, end);
					if (level > 0) {
						offer(best, from, i, end, best[i] + level - WORD_COST);
					}
				}
			} else {
				offer(best, from, i, Character.isLetterOrDigit(cp) ? runEnd(text, next) : next, best[i]);
			}
		}
		return path(text, from);
	}

	private static void offer(int[] best, int[] from, int start, int end, int score) {
		if (score > best[end]) {
			best[end] = score;
			from[end] = start;
		}
	}

	/** @return the end of the run of non-Han letters and digits that continues at {@code i} */
	private static int runEnd(CharSequence text, int i) {
		while (i < text.length()) {
			int cp = Character.codePointAt(text, i);
			if (!Character.isLetterOrDigit(cp) || isHan(cp)) {
				break;
			}
			i += Character.charCount(cp);
		}
		return i;
	}

	private static List<TextRange> path(CharSequence text, int[] from) {
		List<TextRange> reversed = new ArrayList<>();
		for (int end = text.length(); end > 0; end = from[end]) {
			int start = from[end];
			if (Character.isLetterOrDigit(Character.codePointAt(text, start))) {
				reversed.add(new TextRange(start, end));
			}
		}
		List<TextRange> out = new ArrayList<>(reversed.size());
		for (int k = reversed.size() - 1; k >= 0; k--) {
			out.add(reversed.get(k));
		}
		return out;
	}

	private static boolean isHan(int cp) {
		return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
	}
}
