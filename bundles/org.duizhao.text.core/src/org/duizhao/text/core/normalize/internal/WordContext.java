package org.duizhao.text.core.normalize.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Asks ICU's Chinese word dictionary whether a candidate character forms a word with its
 * neighbours, e.g. whether 流 in 交流 would be part of a two-character word. Used to accept a
 * look-alike fold only where the context reads as a word with the common character.
 */
final class WordContext {

	private static final int SPAN = 2;
	private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.CHINESE);

	private WordContext() {
	}

	/**
	 * @return whether {@code base}, put in place of the code point at {@code index..end} of
	 *         {@code text}, lies inside a dictionary word of at least two characters
	 */
	static boolean formsWord(String text, int index, int end, String base) {
		int from = Math.max(0, index - SPAN);
		int to = Math.min(text.length(), end + SPAN);
		String probe = text.substring(from, index) + base + text.substring(end, to);
		int at = index - from;
		BreakIterator words = (BreakIterator) PROTOTYPE.clone();
		words.setText(probe);
		int wordEnd = words.following(at);
		int wordStart = words.previous();
		return probe.codePointCount(wordStart, wordEnd) >= 2 && allHan(probe, wordStart, wordEnd);
	}

	private static boolean allHan(String s, int start, int end) {
		for (int i = start; i < end;) {
			int cp = s.codePointAt(i);
			if (!Chars.isHan(cp)) {
				return false;
			}
			i += Character.charCount(cp);
		}
		return true;
	}
}
