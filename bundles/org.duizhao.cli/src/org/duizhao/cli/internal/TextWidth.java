package org.duizhao.cli.internal;

/**
 * Terminal column widths: a Chinese character or a full-width sign takes two columns, a combining
 * mark none, anything else one. {@code String.length()} would misalign a help text in Chinese.
 */
final class TextWidth {

	private TextWidth() {
	}

	/** @return the columns {@code text} takes on a terminal */
	static int of(String text) {
		return text.codePoints().map(TextWidth::columns).sum();
	}

	/** @return {@code text} with spaces after it up to {@code width} columns */
	static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - of(text))); //$NON-NLS-1$
	}

	/** @return the longest start of {@code text} that fits in {@code width} columns */
	static String cut(String text, int width) {
		int used = 0;
		int end = 0;
		while (end < text.length()) {
			int cp = text.codePointAt(end);
			used += columns(cp);
			if (used > width) {
				break;
			}
			end += Character.charCount(cp);
		}
		return text.substring(0, end);
	}

	/** @return the columns of one code point (East Asian Wide and Fullwidth take two) */
	static int columns(int cp) {
		int type = Character.getType(cp);
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
			return 0;
		}
		return wide(cp) ? 2 : 1;
	}

	private static boolean wide(int cp) {
		return cp >= 0x1100 && cp <= 0x115F // Hangul Jamo
				|| cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F // CJK radicals ... Yi
				|| cp >= 0xAC00 && cp <= 0xD7A3 // Hangul syllables
				|| cp >= 0xF900 && cp <= 0xFAFF // CJK compatibility ideographs
				|| cp >= 0xFE30 && cp <= 0xFE4F // CJK compatibility forms
				|| cp >= 0xFF00 && cp <= 0xFF60 // full-width forms
				|| cp >= 0xFFE0 && cp <= 0xFFE6
				|| cp >= 0x20000 && cp <= 0x3FFFD; // CJK extensions B and later
	}
}
