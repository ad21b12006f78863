package org.duizhao.compare.ui.internal.editor;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/** Picks the text that fits a width: the longest form that does, or the shortest one cut with "…". */
final class TextFit {

	private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$

	private TextFit() {
	}

	/**
	 * @param control the control whose font measures the text
	 * @param longestFirst the forms of the text, longest first, not empty
	 * @param width the width available in pixels
	 * @return the form or the cut text to show
	 */
	static String choose(Control control, List<String> longestFirst, int width) {
		GC gc = new GC(control);
		try {
			for (String form : longestFirst) {
				if (gc.textExtent(form).x <= width) {
					return form;
				}
			}
			return cut(gc, longestFirst.get(longestFirst.size() - 1), width);
		} finally {
			gc.dispose();
		}
	}

	/** Cuts at a code point boundary, so a character outside the BMP is never split. */
	private static String cut(GC gc, String text, int width) {
		int end = text.length();
		while (end > 0) {
			end = text.offsetByCodePoints(end, -1);
			String candidate = text.substring(0, end).stripTrailing() + ELLIPSIS;
			if (gc.textExtent(candidate).x <= width) {
				return candidate;
			}
		}
		return ""; //$NON-NLS-1$
	}
}
