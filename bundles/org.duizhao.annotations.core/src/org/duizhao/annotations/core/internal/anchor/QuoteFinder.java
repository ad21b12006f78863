package org.duizhao.annotations.core.internal.anchor;

import org.duizhao.annotations.core.TextQuote;
import org.duizhao.text.core.CodePoints;

/**
 * Finds a quote's exact text in a new text, using its prefix and suffix to choose among several
 * occurrences. An occurrence counts only when its context agrees with the quote's (at least
 * {@link #MIN_CONTEXT} characters, or all the context the quote has) or when the passage is long
 * enough to stand on its own ({@link #MIN_SELF} code points) and lies near where the passage is
 * expected; among several such occurrences the best must lead the next by {@link #MARGIN}
 * characters of agreeing context, or none is taken. A passage edited in place is thus never moved
 * onto the same words elsewhere by chance.
 */
public final class QuoteFinder {

	/** Code points from which a passage occurring once needs no context. */
	public static final int MIN_SELF = 8;
	/** Characters of context that must agree for a short passage. */
	public static final int MIN_CONTEXT = 4;
	/** Lead in agreeing context characters the best occurrence needs over the next. */
	public static final int MARGIN = 2;

	private final String text;
	private final CodePoints.Index index;

	/**
	 * @param text the new text, not {@code null}
	 * @param index its code point index
	 */
	public QuoteFinder(String text, CodePoints.Index index) {
		this.text = text;
		this.index = index;
	}

	/**
	 * @param quote the quote to find, not {@code null}
	 * @param hint the UTF-16 index of the new text where the passage is expected
	 * @return the UTF-16 start of the one occurrence chosen (its end is {@code start + exact
	 *         length}), or -1 if there is none or the choice is ambiguous
	 */
	public int find(TextQuote quote, int hint) {
		String exact = quote.exact();
		if (exact.isEmpty()) {
			return -1;
		}
		boolean standsAlone = exact.codePointCount(0, exact.length()) >= MIN_SELF;
		int near = Math.max(64, 2 * exact.length());
		int needed = Math.min(MIN_CONTEXT, quote.prefix().length() + quote.suffix().length());
		int best = -1;
		int bestScore = -1;
		int secondScore = -1;
		for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
			if (!isBoundary(at)) {
				continue;
			}
			int score = agreeBefore(at, quote.prefix()) + agreeAfter(at + exact.length(), quote.suffix());
			if (score < needed && !(standsAlone && Math.abs(at - hint) <= near)) {
				continue;
			}
			if (score > bestScore) {
				secondScore = bestScore;
				bestScore = score;
				best = at;
			} else if (score > secondScore) {
				secondScore = score;
			}
		}
		return best >= 0 && (secondScore < 0 || bestScore - secondScore >= MARGIN) ? best : -1;
	}

	private boolean isBoundary(int utf16) {
		return index.toUtf16(index.toCodePoint(utf16)) == utf16;
	}

	/** @return how many characters before {@code at} equal the end of {@code prefix} */
	private int agreeBefore(int at, String prefix) {
		int n = 0;
		while (n < prefix.length() && at - n > 0
				&& text.charAt(at - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
			n++;
		}
		return n;
	}

	/** @return how many characters from {@code at} equal the start of {@code suffix} */
	private int agreeAfter(int at, String suffix) {
		int n = 0;
		while (n < suffix.length() && at + n < text.length() && text.charAt(at + n) == suffix.charAt(n)) {
			n++;
		}
		return n;
	}
}
