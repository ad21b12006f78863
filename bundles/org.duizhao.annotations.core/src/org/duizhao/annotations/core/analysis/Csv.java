package org.duizhao.annotations.core.analysis;

/** CSV cells (RFC 4180): quoted when they hold a comma, a quote or a line break. */
final class Csv {

	private Csv() {
	}

	static String cell(String value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
