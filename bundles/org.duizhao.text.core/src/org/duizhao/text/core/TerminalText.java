package org.duizhao.text.core;

import java.util.Locale;

/**
 * Document text on its way to a terminal. Web pages carry control characters (ESC sequences can
 * clear a screen or retitle a window, a bidi override can reorder what a reader sees); shown as
 * escapes they are visible and harmless.
 */
public final class TerminalText {

	private TerminalText() {
	}

	/**
	 * @return {@code text} with line breaks as {@code \n} and {@code \r}, and every other control
	 *         character but tab, and the bidi embedding and override marks, as {@code \\uXXXX}
	 */
	public static String escape(String text) {
		StringBuilder sb = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = replacement(c);
			if (replacement != null && sb == null) {
				sb = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (sb != null) {
				if (replacement != null) {
					sb.append(replacement);
				} else {
					sb.append(c);
				}
			}
		}
		return sb == null ? text : sb.toString();
	}

	private static String replacement(char c) {
		if (c == '\n') {
			return "\\n"; //$NON-NLS-1$
		}
		if (c == '\r') {
			return "\\r"; //$NON-NLS-1$
		}
		boolean control = c != '\t' && (c < 0x20 || c >= 0x7F && c <= 0x9F);
		boolean bidi = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
		return control || bidi ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null; //$NON-NLS-1$
	}
}
