package org.duizhao.report.core.internal;

/**
 * Makes any Java string safe for XML, HTML and CSV: unpaired surrogates (which no UTF encoder can
 * write) and control characters other than tab, line feed and carriage return (which XML 1.0
 * forbids and HTML treats as parse errors) become U+FFFD. Characters outside the BMP stay.
 */
public final class SafeText {

	/** What replaces a character that cannot be written. */
	public static final char REPLACEMENT = '\uFFFD';

	private SafeText() {
	}

	/** @return {@code text} with every unwritable character replaced; {@code null} gives "" */
	public static String clean(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				if (out != null) {
					out.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			boolean bad = Character.isSurrogate(c) || isForbiddenControl(c);
			if (bad && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(bad ? REPLACEMENT : c);
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean isForbiddenControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE
				|| c == 0xFFFF;
	}
}
