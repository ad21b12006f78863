package org.duizhao.text.core.normalize.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Asks ICU's Chinese word dictionary whether a character forms a word with its neighbours as
 * written. ICU knows names and terms that jieba's dictionary lacks (畑中), so a look-alike that
 * ICU reads as part of a word stays as it is.
 */
final class WordContext {

	private static final int SPAN = 3;
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
