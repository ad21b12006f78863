package org.duizhao.report.core.internal.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.duizhao.report.core.internal.SafeText;

/**
 * Writes cell values: numbers as numbers, everything else as cleaned text ({@link SafeText}) in a
 * string cell. A text that a spreadsheet would read as a formula when typed is quote-prefixed; a
 * text longer than a cell can hold is cut (at a character boundary) with an ellipsis.
 */
final class Cells {

	/** The most characters (UTF-16 units) an Excel cell holds. */
	static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private final CellStyle header;
	private final CellStyle quoted;

	Cells(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		quoted = workbook.createCellStyle();
		quoted.setQuotePrefixed(true);
	}

	void header(Cell cell, String name) {
		cell.setCellValue(name);
		cell.setCellStyle(header);
	}

	void value(Cell cell, Object value) {
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
			return;
		}
		if (value == null) {
			cell.setBlank();
			return;
		}
		String text = fit(SafeText.clean(value.toString()));
		cell.setCellValue(text);
		if (looksLikeFormula(text)) {
			cell.setCellStyle(quoted);
		}
	}

	/** @return whether a spreadsheet would take {@code text} for a formula if it were typed in */
	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0; //$NON-NLS-1$
	}

	/** @return {@code text}, cut to {@link #MAX_TEXT} without splitting a surrogate pair */
	static String fit(String text) {
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		int end = MAX_TEXT - 1;
		if (Character.isLowSurrogate(text.charAt(end))) {
			end--;
		}
		return text.substring(0, end) + '…';
	}
}
