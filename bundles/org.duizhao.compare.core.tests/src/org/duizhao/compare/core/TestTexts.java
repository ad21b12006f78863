package org.duizhao.compare.core;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * A small sentence splitter (after 。！？； and at line ends) and helpers that build compare sides
 * for tests.
 */
public final class TestTexts {

	private TestTexts() {
	}

	/** @return sentence ranges of {@code text}: ends after 。！？； or a line break */
	public static List<TextRange> sentences(String text) {
		List<TextRange> out = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
				out.add(new TextRange(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			out.add(new TextRange(start, text.length()));
		}
		return out;
	}

	/** @return an identity side of {@code text} with its sentences */
	public static CompareSide side(String text) {
		return side(NormalizedText.identity(text));
	}

	/** @return a side of a view with the sentences of its normalized text */
	public static CompareSide side(NormalizedText view) {
		return CompareSide.of(view, sentences(view.text()));
	}

	/** @return the result of comparing two strings as identity views with default options */
	public static CompareResult compare(String a, String b) {
		return Comparer.compare(side(a), side(b));
	}
}
