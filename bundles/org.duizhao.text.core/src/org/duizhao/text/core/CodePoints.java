package org.duizhao.text.core;

/**
 * Converts between Java's UTF-16 indices and Unicode code point offsets.
 * <p>
 * Every offset that leaves the program (CLI JSON, stored annotations, exports) is a code point
 * offset; inside, strings are indexed in UTF-16 units. This class is the one place where the two
 * meet, so that a character outside the Basic Multilingual Plane (such as U+20BB7 𠮷) counts once.
 */
public final class CodePoints {

	private CodePoints() {
	}

	/** @return the code point offset of UTF-16 index {@code utf16Index} in {@code text} */
	public static int toCodePoint(CharSequence text, int utf16Index) {
		checkIndex(text.length(), utf16Index);
		return Character.codePointCount(text, 0, utf16Index);
	}

	/** @return the UTF-16 index of code point offset {@code codePointOffset} in {@code text} */
	public static int toUtf16(CharSequence text, int codePointOffset) {
		if (codePointOffset < 0) {
			throw new IndexOutOfBoundsException("negative code point offset: " + codePointOffset); //$NON-NLS-1$
		}
		return Character.offsetByCodePoints(text, 0, codePointOffset);
	}

	/** @return the number of code points in {@code text} */
	public static int length(CharSequence text) {
		return Character.codePointCount(text, 0, text.length());
	}

	/**
	 * A reusable converter for many look-ups in the same text: O(1) per conversion after an O(n)
	 * table build, for callers that convert thousands of offsets (diff hunks, annotations).
	 */
	public static Index index(CharSequence text) {
		return new Index(text);
	}

	private static void checkIndex(int length, int index) {
		if (index < 0 || index > length) {
			throw new IndexOutOfBoundsException("index " + index + " outside 0.." + length); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Precomputed conversion table for one text. */
	public static final class Index {
		private final int[] cpAtUtf16;
		private final int[] utf16AtCp;

		Index(CharSequence text) {
			int n = text.length();
			cpAtUtf16 = new int[n + 1];
			int cpCount = length(text);
			utf16AtCp = new int[cpCount + 1];
			int cp = 0;
			for (int i = 0; i < n; i++) {
				cpAtUtf16[i] = cp;
				boolean low = Character.isLowSurrogate(text.charAt(i)) && i > 0
						&& Character.isHighSurrogate(text.charAt(i - 1));
				if (!low) {
					utf16AtCp[cp] = i;
					cp++;
				} else {
					// the low half of a pair belongs to the code point that started before it
					cpAtUtf16[i] = cp - 1;
				}
			}
			cpAtUtf16[n] = cp;
			utf16AtCp[cp] = n;
		}

		/** @return the code point offset of a UTF-16 index (a low surrogate maps to its pair's start) */
		public int toCodePoint(int utf16Index) {
			checkIndex(cpAtUtf16.length - 1, utf16Index);
			return cpAtUtf16[utf16Index];
		}

		/** @return the UTF-16 index at which code point {@code codePointOffset} starts */
		public int toUtf16(int codePointOffset) {
			checkIndex(utf16AtCp.length - 1, codePointOffset);
			return utf16AtCp[codePointOffset];
		}

		/** @return the number of code points in the text */
		public int codePointLength() {
			return utf16AtCp.length - 1;
		}
	}
}
