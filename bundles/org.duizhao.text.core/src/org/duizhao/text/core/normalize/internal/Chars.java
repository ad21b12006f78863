package org.duizhao.text.core.normalize.internal;

/** Character classes that the steps share. */
public final class Chars {

	private Chars() {
	}

	/** @return whether {@code cp} is a Han character (ideograph) */
	public static boolean isHan(int cp) {
		if (cp >= 0x4E00 && cp <= 0x9FFF) {
			return true; // the common case, without a script look-up
		}
		return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
	}

	/** @return whether the code point before UTF-16 index {@code index} is Han */
	public static boolean isHanBefore(CharSequence text, int index) {
		return index > 0 && isHan(Character.codePointBefore(text, index));
	}

	/** @return whether the code point at UTF-16 index {@code index} is Han */
	public static boolean isHanAt(CharSequence text, int index) {
		return index < text.length() && isHan(Character.codePointAt(text, index));
	}

	/** @return whether {@code c} is an invisible zero-width character (always dropped) */
	public static boolean isZeroWidth(char c) {
		return c >= '\u200B' && c <= '\u200D' || c == '\uFEFF' || c == '\u2060';
	}

	/** @return whether {@code c} ends a line */
	public static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
				|| c == '\u000C';
	}

	/** @return whether {@code c} is whitespace of any width, including U+3000 and NBSP */
	public static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || isZeroWidth(c) || isLineBreak(c);
	}

	/** @return whether {@code cp} counts as punctuation (Unicode P* plus a few ASCII symbols) */
	public static boolean isPunctuation(int cp) {
		switch (Character.getType(cp)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
					Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
				return true;
			default:
				return cp == '|' || cp == '~' || cp == '`' || cp == '^' || cp == '\uFF5C' || cp == '\uFF5E';
		}
	}
}
