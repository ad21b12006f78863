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
		this.index = CodePoints.index(view.original());
	}

	TextRange original(int start, int end) {
		int[] r = view.toOriginal(start, end);
		return new TextRange(r[0], r[1]);
	}

	int originalPosition(int normalized) {
		return view.originalPosition(normalized);
	}

	TextRange codePoints(TextRange original) {
		return new TextRange(index.toCodePoint(original.start()), index.toCodePoint(original.end()));
	}

	/** @return code points in {@code normalized[start..end)} */
	int normalizedCodePoints(int start, int end) {
		return Character.codePointCount(view.text(), start, end);
	}

	int normalizedLength() {
		return view.length();
	}
}
