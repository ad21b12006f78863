package org.duizhao.compare.core.internal;

import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * Maps normalized ranges of one side to original UTF-16 ranges and to code point ranges.
 */
final class OriginalMap {

	private final NormalizedText view;
	private final CodePoints.Index index;

	OriginalMap(NormalizedText view) {
		this.view = view;
		// without surrogates UTF-16 indices are code point offsets: skip the table for big plain texts
		this.index = hasSurrogates(view.original()) ? CodePoints.index(view.original()) : null;
	}

	private static boolean hasSurrogates(String text) {
		return text.codePointCount(0, text.length()) != text.length();
	}

	TextRange original(int start, int end) {
		int[] r = view.toOriginal(start, end);
		return new TextRange(r[0], r[1]);
	}

	int originalPosition(int normalized) {
		return view.originalPosition(normalized);
	}

	TextRange codePoints(TextRange original) {
		if (index == null) {
			return original;
		}
		return new TextRange(index.toCodePoint(original.start()), index.toCodePoint(original.end()));
	}

	/** @return code points in {@code normalized[start..end)} */
	int normalizedCodePoints(int start, int end) {
		return view.text().codePointCount(start, end);
	}

	int normalizedLength() {
		return view.length();
	}
}
