package org.duizhao.analysis.core.format;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV as spreadsheets read it: RFC 4180 (CRLF, a cell with a comma, quote or line break quoted,
 * quotes doubled), written after a byte order mark so that Excel reads the Chinese.
 */
public final class Csv {

	private Csv() {
	}

	/** Writes the byte order mark. */
	public static void bom(Writer out) throws IOException {
		out.write('\uFEFF');
	}

	/** Writes one row and its CRLF. */
	public static void row(Writer out, Object... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells[i] == null ? "" : cells[i].toString())); //$NON-NLS-1$
		}
		out.write("\r\n"); //$NON-NLS-1$
	}

	/** @return the cell, quoted when needed */
	public static String cell(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
