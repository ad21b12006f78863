package org.duizhao.compare.ui.internal.related;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes Distinctive Vocabulary rows as CSV (RFC 4180: commas, CRLF, quotes doubled), with a
 * language-neutral header, so spreadsheets and R read it the same in any locale. UI-free.
 */
public final class VocabularyCsv {

	/** The header line. */
	public static final String HEADER = "side,word,count_a,count_b,per_million_a,per_million_b,g2"; //$NON-NLS-1$

	private VocabularyCsv() {
	}

	/** Writes {@code rows} in the order given. */
	public static void write(List<VocabularyRow> rows, Writer out) throws IOException {
		out.write(HEADER);
		out.write("\r\n"); //$NON-NLS-1$
		for (VocabularyRow r : rows) {
			out.write(String.join(",", r.side().name(), quote(r.word()), Long.toString(r.countA()), //$NON-NLS-1$
					Long.toString(r.countB()), number(r.perMillionA()), number(r.perMillionB()), number(r.g2())));
			out.write("\r\n"); //$NON-NLS-1$
		}
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}

	private static String quote(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
