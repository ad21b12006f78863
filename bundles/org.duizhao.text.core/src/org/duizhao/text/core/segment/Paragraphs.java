package org.duizhao.text.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.duizhao.text.core.TextRange;

/**
 * Finds the paragraphs of plain text as UTF-16 ranges.
 * <p>
 * Chinese documents usually put one paragraph on one line, often indented with full-width spaces
 * (U+3000), so {@link #of(CharSequence)} treats each non-blank line as a paragraph. Texts with
 * hard-wrapped lines and blank lines between paragraphs (Markdown, e-mail) use
 * {@link #byBlankLines(CharSequence)}. Ranges never include line breaks or trailing white space;
 * leading indentation stays inside the range, because it is part of the original text's layout.
 * Line breaks are {@code \n}, {@code \r\n}, {@code \r}, U+2028 and U+2029.
 */
public final class Paragraphs {

	private Paragraphs() {
	}

	/** @return one range per non-blank line, in order; never {@code null} */
	public static List<TextRange> of(CharSequence text) {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		List<TextRange> result = new ArrayList<>();
		int start = 0;
		int n = text.length();
		while (start <= n) {
			int end = lineEnd(text, start);
			addIfNotBlank(text, start, end, result);
			start = end + breakLength(text, end);
			if (end == n) {
				break;
			}
		}
		return result;
	}

	/**
	 * @return one range per block of non-blank lines separated by blank lines; the range spans from
	 *         the block's first line to the end of its last line and so contains inner line breaks
	 */
	public static List<TextRange> byBlankLines(CharSequence text) {
		List<TextRange> blocks = new ArrayList<>();
		TextRange open = null;
		int start = 0;
		int n = text.length();
		while (start <= n) {
			int end = lineEnd(text, start);
			boolean blank = isBlank(text, start, end);
			if (!blank) {
				TextRange line = trimmed(text, start, end);
				open = open == null ? line : new TextRange(open.start(), line.end());
			} else if (open != null) {
				blocks.add(open);
				open = null;
			}
			if (end == n) {
				break;
			}
			start = end + breakLength(text, end);
		}
		if (open != null) {
			blocks.add(open);
		}
		return blocks;
	}

	private static void addIfNotBlank(CharSequence text, int start, int end, List<TextRange> result) {
		if (!isBlank(text, start, end)) {
			result.add(trimmed(text, start, end));
		}
	}

	private static TextRange trimmed(CharSequence text, int start, int end) {
		int e = end;
		while (e > start && isSpace(text.charAt(e - 1))) {
			e--;
		}
		return new TextRange(start, e);
	}

	private static boolean isBlank(CharSequence text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!isSpace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** White space including the full-width space and no-break space. */
	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
	}

	private static int lineEnd(CharSequence text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				return i;
			}
		}
		return text.length();
	}

	private static int breakLength(CharSequence text, int at) {
		if (at >= text.length()) {
			return 1;
		}
		return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
	}
}
