package org.duizhao.report.core.internal.xlsx;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from the content: a CJK or other wide character counts as two, the widest line of
 * a cell counts, and every column stays between {@value #MIN} and {@value #MAX} characters, so a
 * long quote does not make a column wider than the screen.
 */
final class Widths {

	static final int MIN = 6;
	static final int MAX = 60;

	private final int[] chars;

	Widths(int columns) {
		chars = new int[columns];
	}

	void measure(int column, Object value) {
		if (value == null || column >= chars.length) {
			return;
		}
		int widest = 0;
		for (String line : value.toString().split("\n", -1)) { //$NON-NLS-1$
			widest = Math.max(widest, width(line));
		}
		chars[column] = Math.max(chars[column], widest);
	}

	/** @return the display width of {@code text} in Latin character cells */
	static int width(String text) {
		return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
	}

	private static boolean wide(int cp) {
		return cp >= 0x1100 && (Character.isIdeographic(cp) || (cp >= 0x3000 && cp <= 0x30FF)
				|| (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xAC00 && cp <= 0xD7A3));
	}

	void apply(Sheet sheet) {
		for (int c = 0; c < chars.length; c++) {
			int w = Math.min(MAX, Math.max(MIN, chars[c] + 2));
			sheet.setColumnWidth(c, w * 256);
		}
	}
}
