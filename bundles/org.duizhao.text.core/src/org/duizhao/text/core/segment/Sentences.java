package org.duizhao.text.core.segment;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.text.core.TextRange;

/**
 * Splits Chinese text into sentences. A sentence ends after 。！？；… (a run of them), or after
 * their half-width forms . ! ? ; when a Han character precedes them and no Latin text or digit
 * follows; closing quotes and brackets after the end belong to the sentence. A line break also
 * ends a sentence. Text that lost its full stops is cut after the first comma past a length
 * limit, so no sentence grows without bound. Ranges are UTF-16, in order, trimmed of
 * whitespace; empty sentences are left out.
 */
public final class Sentences {

	/** Length past which a sentence without an end is cut at the next comma. */
	public static final int DEFAULT_MAX_LENGTH = 120;

	private static final String ENDS = "。！？；…｡"; //$NON-NLS-1$
	private static final String HALF_ENDS = ".!?;"; //$NON-NLS-1$
	private static final String CLOSERS = "」』”’）】》〉〕〗\"')]"; //$NON-NLS-1$
	private static final String COMMAS = "，,、：:"; //$NON-NLS-1$

	private Sentences() {
	}

	/** @return the sentences of {@code text}, never {@code null} */
	public static List<TextRange> of(CharSequence text) {
		return of(text, DEFAULT_MAX_LENGTH);
	}

	/** @return the sentences of {@code text}, cutting endless ones after {@code maxLength} units */
	public static List<TextRange> of(CharSequence text, int maxLength) {
		List<TextRange> out = new ArrayList<>();
		int start = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int end = -1;
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				end = i + 1;
			} else if (ENDS.indexOf(c) >= 0 || HALF_ENDS.indexOf(c) >= 0 && halfWidthEnd(text, i)) {
				end = swallow(text, i);
			} else if (COMMAS.indexOf(c) >= 0 && i - start >= maxLength) {
				end = i + 1;
			}
			if (end > 0) {
				add(out, text, start, end);
				start = end;
				i = end;
			} else {
				i++;
			}
		}
		add(out, text, start, text.length());
		return out;
	}

	private static boolean halfWidthEnd(CharSequence text, int i) {
		if (i == 0 || !isHan(Character.codePointBefore(text, i))) {
			return false;
		}
		int next = i + 1;
		while (next < text.length() && CLOSERS.indexOf(text.charAt(next)) >= 0) {
			next++;
		}
		return next >= text.length() || Character.isWhitespace(text.charAt(next))
				|| isHan(Character.codePointAt(text, next)) || CLOSERS.indexOf(text.charAt(next)) >= 0;
	}

	/** @return the index after the run of ends and closers starting at {@code i} */
	private static int swallow(CharSequence text, int i) {
		int end = i + 1;
		while (end < text.length() && (ENDS.indexOf(text.charAt(end)) >= 0 || HALF_ENDS.indexOf(text.charAt(end)) >= 0)) {
			end++;
		}
		while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
			end++;
		}
		return end;
	}

	private static void add(List<TextRange> out, CharSequence text, int start, int end) {
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			out.add(new TextRange(start, end));
		}
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c >= '\u200B' && c <= '\u200D';
	}

	private static boolean isHan(int cp) {
		return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
	}
}
