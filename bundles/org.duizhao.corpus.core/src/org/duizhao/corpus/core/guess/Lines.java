package org.duizhao.corpus.core.guess;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.segment.Paragraphs;

/** The non-blank lines of a text, trimmed (full-width spaces too), with head and tail views. */
final class Lines {

	private final List<String> all;

	Lines(String text) {
		List<String> lines = new ArrayList<>();
		for (TextRange r : Paragraphs.of(text)) {
			String line = trim(r.of(text));
			if (!line.isEmpty()) {
				lines.add(line);
			}
		}
		this.all = List.copyOf(lines);
	}

	List<String> all() {
		return all;
	}

	List<String> head(int n) {
		return all.subList(0, Math.min(n, all.size()));
	}

	/** @return the last {@code n} lines, last line first */
	List<String> tailReversed(int n) {
		List<String> tail = new ArrayList<>(all.subList(Math.max(0, all.size() - n), all.size()));
		java.util.Collections.reverse(tail);
		return tail;
	}

	/** Strips white space including U+3000 and no-break spaces. */
	static String trim(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isSpace(s.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
	}

	/** @return the length in code points */
	static int length(String s) {
		return s.codePointCount(0, s.length());
	}
}
