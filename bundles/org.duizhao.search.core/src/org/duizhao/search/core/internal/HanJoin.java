package org.duizhao.search.core.internal;

import org.duizhao.text.core.normalize.NormalizedText;

/**
 * Leaves out whitespace that stands between two Han characters. Chinese puts no spaces between
 * words, so such whitespace is a hard line break or indentation of the source page, not a word
 * boundary: without this step a phrase broken over two lines of a scraped page is not found. Spaces
 * between Latin words stay (as one space, the width step has collapsed them).
 */
final class HanJoin {

	private HanJoin() {
	}

	/** @return {@code view} without whitespace between Han characters, mapped to the same original */
	static NormalizedText apply(NormalizedText view) {
		String text = view.text();
		NormalizedText.Builder out = NormalizedText.Builder.from(view);
		int i = 0;
		while (i < text.length()) {
			int end = i;
			while (end < text.length() && Character.isWhitespace(text.charAt(end))) { // U+3000 too
				end++;
			}
			if (end > i && i > 0 && end < text.length() && isHan(text.codePointBefore(i)) && isHan(text.codePointAt(end))) {
				out.drop(i, end);
				i = end;
			} else if (end > i) {
				out.keep(i, end);
				i = end;
			} else {
				out.keep(i);
				i++;
			}
		}
		return out.build();
	}

	static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}
}
