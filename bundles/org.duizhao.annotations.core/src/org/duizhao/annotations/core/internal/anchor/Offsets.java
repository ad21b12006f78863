package org.duizhao.annotations.core.internal.anchor;

import org.duizhao.text.core.CodePoints;

/**
 * Code point and UTF-16 offsets of one text: {@link CodePoints.Index} when the text has characters
 * outside the BMP, else the identity, which needs no table (most texts, and the largest).
 */
final class Offsets {

	private final CodePoints.Index index;
	private final int length;

	private Offsets(CodePoints.Index index, int length) {
		this.index = index;
		this.length = length;
	}

	static Offsets of(String text) {
		int cps = text.codePointCount(0, text.length());
		return new Offsets(cps == text.length() ? null : CodePoints.index(text), cps);
	}

	int toUtf16(int codePoint) {
		if (index != null) {
			return index.toUtf16(codePoint);
		}
		if (codePoint < 0 || codePoint > length) {
			throw new IndexOutOfBoundsException("code point offset " + codePoint + " outside 0.." + length); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return codePoint;
	}

	int toCodePoint(int utf16) {
		if (index != null) {
			return index.toCodePoint(utf16);
		}
		if (utf16 < 0 || utf16 > length) {
			throw new IndexOutOfBoundsException("index " + utf16 + " outside 0.." + length); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return utf16;
	}

	/** @return whether a UTF-16 index starts a code point (is not inside a surrogate pair) */
	boolean isBoundary(int utf16) {
		return index == null || index.toUtf16(index.toCodePoint(utf16)) == utf16;
	}

	int codePointLength() {
		return length;
	}
}
