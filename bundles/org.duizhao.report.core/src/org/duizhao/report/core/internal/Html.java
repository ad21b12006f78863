package org.duizhao.report.core.internal;

import java.util.regex.Pattern;

/**
 * Builds HTML text. Every string that comes from a document, a memo, a code or metadata goes
 * through {@link #text}, which cleans it ({@link SafeText}) and escapes the five markup characters,
 * so a memo holding {@code <script>} or {@code onerror=} stays visible text. No user string is ever
 * placed in a URL, a style or an event attribute; colours are checked against {@code #rrggbb}.
 */
final class Html {

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}"); //$NON-NLS-1$
	private static final String FALLBACK = "#ffd966"; //$NON-NLS-1$

	private final StringBuilder out = new StringBuilder();

	/** Appends trusted markup written in this bundle. */
	Html raw(String markup) {
		out.append(markup);
		return this;
	}

	/** Appends untrusted text, escaped. */
	Html text(String text) {
		out.append(escape(text));
		return this;
	}

	/** Appends {@code <tag>text</tag>} with the text escaped. */
	Html element(String tag, String text) {
		return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** @return {@code text} cleaned and escaped for element content and quoted attributes */
	static String escape(String text) {
		String clean = SafeText.clean(text);
		StringBuilder b = new StringBuilder(clean.length() + 16);
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			switch (c) {
			case '<' -> b.append("&lt;"); //$NON-NLS-1$
			case '>' -> b.append("&gt;"); //$NON-NLS-1$
			case '&' -> b.append("&amp;"); //$NON-NLS-1$
			case '"' -> b.append("&quot;"); //$NON-NLS-1$
			case '\'' -> b.append("&#39;"); //$NON-NLS-1$
			default -> b.append(c);
			}
		}
		return b.toString();
	}

	/** @return {@code color} if it is {@code #rrggbb}, else a default, so no style can be injected */
	static String color(String color) {
		return color != null && COLOR.matcher(color).matches() ? color : FALLBACK;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
