package org.duizhao.text.core.normalize.internal;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.text.core.TextRange;

/**
 * Finds pinyin glosses: a parenthesis (half- or full-width) right after a Han character, holding
 * only pinyin letters and spaces with at least one tone mark, as in {@code 堅(jiān)}. Requiring a
 * tone mark is what keeps ordinary parenthesised Latin text such as {@code (WTO)} in place.
 * Where decoding damaged the glossed character into other bytes ({@code ?,F(xiàn)}), the gloss
 * follows a non-Han character: any character but whitespace is accepted before it for that.
 */
public final class PinyinGlosses {

	/** Longest gloss content we accept; several syllables fit, a sentence does not. */
	private static final int MAX_CONTENT = 40;
	private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ"; //$NON-NLS-1$

	private PinyinGlosses() {
	}

	/** @return the ranges of all glosses in {@code text}, parentheses included, in order */
	public static List<TextRange> find(CharSequence text) {
		List<TextRange> found = new ArrayList<>();
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '(' || c == '\uFF08') && !Character.isWhitespace(text.charAt(i - 1))) {
				int end = glossEnd(text, i + 1);
				if (end > 0) {
					found.add(new TextRange(i, end));
					i = end - 1;
				}
			}
		}
		return found;
	}

	/** @return the index after the closing parenthesis, or -1 when this is no gloss */
	private static int glossEnd(CharSequence text, int from) {
		boolean toned = false;
		int limit = Math.min(text.length(), from + MAX_CONTENT + 1);
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (c == ')' || c == '\uFF09') {
				return toned && i > from ? i + 1 : -1;
			}
			if (TONED.indexOf(c) >= 0 || c >= '\u0300' && c <= '\u030C') {
				toned = true;
			} else if (!isPinyinLetter(c)) {
				return -1;
			}
		}
		return -1;
	}

	private static boolean isPinyinLetter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == 'ü' || c == 'Ü' || c == 'ê' || c == ' '
				|| c == '\'' || c == '’';
	}
}
