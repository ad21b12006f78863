package org.duizhao.text.core.normalize;

/**
 * Control characters in a text are damage: no document means them, and an escape sequence in a
 * scraped page (ESC [2J clears a terminal, ESC ] 0; … BEL retitles its window) does harm where it
 * is printed. A run covers the whole sequence, so the viewer marks what a terminal would act on.
 */
final class ControlRuns {

	private static final char ESC = '\u001B';
	private static final char BEL = '\u0007';

	private ControlRuns() {
	}

	/** @return whether {@code c} is a control character other than tab, line feed, carriage return, form feed */
	static boolean isControl(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= 0x7F && c <= 0x9F;
	}

	/** @return the end of the control run starting at {@code start} (a control character) */
	static int end(CharSequence text, int start) {
		int i = start;
		while (i < text.length() && isControl(text.charAt(i))) {
			i = text.charAt(i) == ESC ? afterEscape(text, i) : i + 1;
		}
		return i;
	}

	/** CSI (ESC [ parameters final) and OSC (ESC ] … BEL or ESC \) sequences are taken whole. */
	private static int afterEscape(CharSequence text, int esc) {
		int i = esc + 1;
		if (i >= text.length()) {
			return i;
		}
		char kind = text.charAt(i);
		if (kind == '[') {
			i++;
			while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3F) {
				i++; // parameter and intermediate bytes
			}
			return i < text.length() && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7E ? i + 1 : i;
		}
		if (kind == ']') {
			for (i++; i < text.length() && i - esc < 256; i++) {
				if (text.charAt(i) == BEL) {
					return i + 1;
				}
				if (text.charAt(i) == ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
					return i + 2;
				}
			}
			return esc + 1;
		}
		return esc + 1;
	}
}
