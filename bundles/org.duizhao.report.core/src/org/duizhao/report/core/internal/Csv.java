package org.duizhao.report.core.internal;

import java.util.List;

/**
 * RFC 4180 writing: fields separated by commas, records ended by CRLF, a field quoted when it
 * holds a comma, a quote, CR or LF (or starts or ends with a space, which some readers trim), with
 * quotes doubled. Fields are cleaned with {@link SafeText} first.
 */
public final class Csv {

	private Csv() {
	}

	/** Appends one record, ended by CRLF. */
	public static void record(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			field(out, SafeText.clean(fields.get(i)));
		}
		out.append("\r\n"); //$NON-NLS-1$
	}

	private static void field(StringBuilder out, String value) {
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
				|| value.indexOf('\n') >= 0 || value.startsWith(" ") || value.endsWith(" "); //$NON-NLS-1$ //$NON-NLS-2$
		if (!quote) {
			out.append(value);
			return;
		}
		out.append('"').append(value.replace("\"", "\"\"")).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
