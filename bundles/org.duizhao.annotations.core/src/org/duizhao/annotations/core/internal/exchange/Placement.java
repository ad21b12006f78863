package org.duizhao.annotations.core.internal.exchange;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.TextQuote;
import org.duizhao.text.core.CodePoints;

/**
 * Places an imported passage on a text: by its position when that is in range and (if a quote is
 * given) shows the quote; otherwise by searching the quote with its prefix and suffix. A passage is
 * never put on a wrong place silently: several equally good matches without a position to choose
 * by are refused as ambiguous.
 */
public final class Placement {

	/** Why a passage could not be placed. */
	public enum Failure {
		/** Neither a position nor a quote. */
		NO_SELECTOR,
		/** The position is outside the text and there is no quote to search. */
		OUT_OF_RANGE,
		/** The quote does not occur in the text. */
		QUOTE_NOT_FOUND,
		/** The quote occurs several times and nothing says which is meant. */
		AMBIGUOUS
	}

	/**
	 * The outcome: a place, or why there is none.
	 *
	 * @param start code point offset, inclusive (when placed)
	 * @param end code point offset, exclusive (when placed)
	 * @param relocated whether the quote, not the position, gave the place
	 * @param failure {@code null} when placed
	 */
	public record Result(int start, int end, boolean relocated, Failure failure) {
		/** @return whether the passage was placed */
		public boolean placed() {
			return failure == null;
		}
	}

	private final String text;
	private final CodePoints.Index index;

	/** @param text the document's current text */
	public Placement(String text) {
		this.text = text;
		this.index = CodePoints.index(text);
	}

	/** @return the text's length in code points */
	public int length() {
		return index.codePointLength();
	}

	/** @return the passage {@code start..end} (code points) of the text */
	public String slice(int start, int end) {
		return text.substring(index.toUtf16(start), index.toUtf16(end));
	}

	/** @return the code point offset of a UTF-16 index of the text */
	public int fromUtf16(int utf16Index) {
		return index.toCodePoint(utf16Index);
	}

	/** @return the text */
	public String text() {
		return text;
	}

	/** @return the quote of {@code start..end} with its context */
	public TextQuote quote(int start, int end) {
		// as TextQuote.of, but with this text's index instead of a new one per quote
		int s = index.toUtf16(start);
		int e = index.toUtf16(end);
		int ps = index.toUtf16(Math.max(0, start - TextQuote.CONTEXT));
		int se = index.toUtf16(Math.min(length(), end + TextQuote.CONTEXT));
		return new TextQuote(text.substring(s, e), text.substring(ps, s), text.substring(e, se));
	}

	/**
	 * @param start code point offset or {@code null}
	 * @param end code point offset or {@code null}
	 * @param quote the quote, or {@code null}; one with an empty {@code exact} counts as none
	 */
	public Result place(Integer start, Integer end, TextQuote quote) {
		boolean hasQuote = quote != null && !quote.exact().isEmpty();
		boolean inRange = start != null && end != null && 0 <= start && start <= end && end <= length();
		if (inRange && (!hasQuote || slice(start, end).equals(quote.exact()))) {
			return new Result(start, end, false, null);
		}
		if (hasQuote) {
			return search(quote, start);
		}
		return new Result(0, 0, false, start == null && end == null ? Failure.NO_SELECTOR : Failure.OUT_OF_RANGE);
	}

	/** Tries the quote with both contexts, then with one, then alone; the longest that occurs decides. */
	private Result search(TextQuote q, Integer hint) {
		String e = q.exact();
		String[][] tries = { { q.prefix() + e + q.suffix(), q.prefix() }, { q.prefix() + e, q.prefix() },
				{ e + q.suffix(), "" }, { e, "" } }; //$NON-NLS-1$ //$NON-NLS-2$
		for (String[] t : tries) {
			List<Integer> hits = occurrences(t[0], t[1].length());
			if (hits.size() == 1 || (hits.size() > 1 && hint != null)) {
				int cp = nearest(hits, hint);
				return new Result(cp, cp + CodePoints.length(e), true, null);
			}
			if (hits.size() > 1) {
				return new Result(0, 0, false, Failure.AMBIGUOUS);
			}
		}
		return new Result(0, 0, false, Failure.QUOTE_NOT_FOUND);
	}

	/** @return code point offsets of the exact part of each occurrence of {@code needle} */
	private List<Integer> occurrences(String needle, int exactOffset) {
		List<Integer> out = new ArrayList<>();
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
			out.add(index.toCodePoint(i + exactOffset));
		}
		return out;
	}

	private static int nearest(List<Integer> hits, Integer hint) {
		if (hint == null) {
			return hits.get(0);
		}
		int best = hits.get(0);
		for (int h : hits) {
			if (Math.abs(h - hint) < Math.abs(best - hint)) {
				best = h;
			}
		}
		return best;
	}
}
