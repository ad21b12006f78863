package org.duizhao.search.core.internal;

import org.duizhao.search.core.SearchHit;
import org.duizhao.text.core.CodePoints;

/**
 * Cuts a concordance line out of an original text: up to {@code width} code points each side of
 * the occurrence. The occurrence itself is the original text exactly; in the contexts every run of
 * whitespace (line breaks, indentation) is shown as one space so that a line stays one line.
 */
public final class Kwic {

	private Kwic() {
	}

	/**
	 * @param text the original text of the indexed version
	 * @param index its code point index
	 * @param start the occurrence's start, code points
	 * @param end its end, exclusive
	 */
	public static SearchHit line(String documentId, String title, int version, String text, CodePoints.Index index,
			int start, int end, int width) {
		int length = index.codePointLength();
		int s = Math.min(start, length);
		int e = Math.min(Math.max(end, s), length);
		String left = text.substring(index.toUtf16(Math.max(0, s - width)), index.toUtf16(s));
		String match = text.substring(index.toUtf16(s), index.toUtf16(e));
		String right = text.substring(index.toUtf16(e), index.toUtf16(Math.min(length, e + width)));
		return new SearchHit(documentId, title, version, s, e, oneLine(left), match, oneLine(right));
	}

	private static String oneLine(String s) {
		return s.replaceAll("[\\s\\u3000]+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
