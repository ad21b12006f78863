package org.duizhao.annotations.core.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Inter-coder agreement per code between chosen coders, as computed by {@link IntercoderAgreement}.
 *
 * @param coders the coders compared, in order, not {@code null}
 * @param rows one per code, in the order the codes were given, not {@code null}
 * @since 0.1
 */
public record AgreementTable(List<String> coders, List<AgreementRow> rows) {

	/** Copies the lists. */
	public AgreementTable {
		coders = List.copyOf(coders);
		rows = List.copyOf(rows);
	}

	/**
	 * Writes the table as CSV (RFC 4180, comma, CRLF): {@code code,units,agreement,kappa,alpha}, an
	 * empty cell where a value is undefined, numbers with a dot and four decimals.
	 */
	public void writeCsv(Writer out) throws IOException {
		out.write("code,units,agreement,kappa,alpha\r\n"); //$NON-NLS-1$
		for (AgreementRow r : rows) {
			out.write(Csv.cell(r.code()) + ',' + r.units() + ',' + number(r.agreement()) + ',' + number(r.kappa()) + ','
					+ number(r.alpha()) + "\r\n"); //$NON-NLS-1$
		}
		out.flush();
	}

	/** @return {@code value} with four decimals, or "" for {@code null} */
	static String number(Double value) {
		return value == null ? "" : String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
