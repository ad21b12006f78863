package org.duizhao.cli.internal;

/** Text from documents on its way to a terminal: control characters shown as {@code \\uXXXX}, never sent. */
final class Safe {

	private Safe() {
	}

	/** @return {@code text} with every control character (ESC, BEL, line breaks …) and bidi override escaped */
	static String text(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) || c == '\u200E' || c == '\u202E') {
				if (out == null) {
					out = new StringBuilder(text.substring(0, i));
				}
				out.append(String.format("\\u%04X", (int) c)); //$NON-NLS-1$
			} else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}
}
