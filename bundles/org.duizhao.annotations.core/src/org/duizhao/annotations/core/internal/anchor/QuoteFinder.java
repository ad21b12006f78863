package org.duizhao.annotations.core.internal.anchor;

import org.duizhao.annotations.core.TextQuote;

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

	/** A quote found more often than this is looked for by its rarest gram. */
	private static final int GRAMS_TRIED = 4;

	private final String text;
	private final Offsets offsets;
	private final GramIndex grams;

	/** @param text the new text, not {@code null} */
	public QuoteFinder(String text) {
		this(text, Offsets.of(text), new GramIndex(text.codePoints().toArray()));
	}

	QuoteFinder(String text, Offsets offsets, GramIndex grams) {
		this.text = text;
		this.offsets = offsets;
		this.grams = grams;
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
		Occurrences found = new Occurrences();
		for (int at : occurrences(exact)) {
			if (!offsets.isBoundary(at)) {
				continue;
			}
			int score = agreeBefore(at, quote.prefix()) + agreeAfter(at + exact.length(), quote.suffix());
			if (score >= needed || standsAlone && Math.abs(at - hint) <= near) {
				found.add(at, score);
			}
		}
		return found.best >= 0 && (found.secondScore < 0 || found.bestScore - found.secondScore >= MARGIN)
				? found.best
				: -1;
	}

	/** @return the UTF-16 starts of {@code exact} in the text: by its rarest gram, or by scanning when it is short */
	private int[] occurrences(String exact) {
		int[] cps = exact.codePoints().toArray();
		if (cps.length < GramIndex.Q) {
			java.util.List<Integer> out = new java.util.ArrayList<>();
			for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
				out.add(at);
			}
			return out.stream().mapToInt(Integer::intValue).toArray();
		}
		int offset = 0;
		int fewest = Integer.MAX_VALUE;
		for (int k = 0; k + GramIndex.Q <= cps.length && k < GRAMS_TRIED; k++) {
			int n = grams.count(GramIndex.hash(cps, k), fewest);
			if (n < fewest) {
				fewest = n;
				offset = k;
			}
		}
		int gramAt = offset;
		java.util.List<Integer> out = new java.util.ArrayList<>();
		grams.forEach(GramIndex.hash(cps, offset), pos -> {
			int start = pos - gramAt;
			if (start >= 0 && start + cps.length <= offsets.codePointLength()) {
				int at = offsets.toUtf16(start);
				if (text.startsWith(exact, at)) {
					out.add(at);
				}
			}
		});
		return out.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	/** The best and second-best scores of the occurrences seen. */
	private static final class Occurrences {
		int best = -1;
		int bestScore = -1;
		int secondScore = -1;

		void add(int at, int score) {
			if (score > bestScore) {
				secondScore = bestScore;
				bestScore = score;
				best = at;
			} else if (score > secondScore) {
				secondScore = score;
			}
		}
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
