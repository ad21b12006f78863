package org.duizhao.annotations.core;

import java.util.Objects;

import org.duizhao.text.core.CodePoints;

/**
 * A W3C {@code TextQuoteSelector}: the exact passage with up to {@link #CONTEXT} code points of
 * text before and after it, used to find the passage again in a changed text.
 *
 * @param exact the passage, not {@code null}
 * @param prefix the text just before it, not {@code null}
 * @param suffix the text just after it, not {@code null}
 */
public record TextQuote(String exact, String prefix, String suffix) {

	/** Code points of context kept on each side. */
	public static final int CONTEXT = 32;

	/** Checks the fields. */
	public TextQuote {
		Objects.requireNonNull(exact, "exact"); //$NON-NLS-1$
		prefix = prefix == null ? "" : prefix; //$NON-NLS-1$
		suffix = suffix == null ? "" : suffix; //$NON-NLS-1$
	}

	/**
	 * Makes the quote of a passage of {@code text}.
	 *
	 * @param text the whole text of the version
	 * @param start code point offset, inclusive
	 * @param end code point offset, exclusive
	 */
	public static TextQuote of(String text, int start, int end) {
		CodePoints.Index index = CodePoints.index(text);
		int s = index.toUtf16(start);
		int e = index.toUtf16(end);
		int ps = index.toUtf16(Math.max(0, start - CONTEXT));
		int se = index.toUtf16(Math.min(index.codePointLength(), end + CONTEXT));
		return new TextQuote(text.substring(s, e), text.substring(ps, s), text.substring(e, se));
	}
}
