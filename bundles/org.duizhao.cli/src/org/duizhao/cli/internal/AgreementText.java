package org.duizhao.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.duizhao.annotations.core.analysis.AgreementRow;
import org.duizhao.annotations.core.analysis.AgreementTable;
import org.eclipse.osgi.util.NLS;

/** The agreement table for people: a line naming the coders, then aligned columns ({@code -} where undefined). */
final class AgreementText {

	private AgreementText() {
	}

	static void write(AgreementTable table, PrintStream out) {
		out.println(NLS.bind(Messages.Agreement_textCoders, String.join(", ", table.coders()))); //$NON-NLS-1$
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { Messages.Agreement_colCode, Messages.Agreement_colUnits, Messages.Agreement_colAgreement,
				Messages.Agreement_colKappa, Messages.Agreement_colAlpha });
		for (AgreementRow r : table.rows()) {
			lines.add(new String[] { r.code(), Long.toString(r.units()), number(r.agreement()), number(r.kappa()),
					number(r.alpha()) });
		}
		int[] widths = new int[5];
		for (String[] line : lines) {
			for (int k = 0; k < 5; k++) {
				widths[k] = Math.max(widths[k], TextWidth.of(line[k]));
			}
		}
		for (String[] line : lines) {
			StringBuilder s = new StringBuilder(TextWidth.pad(line[0], widths[0] + 2));
			for (int k = 1; k < 5; k++) {
				s.append(" ".repeat(widths[k] - TextWidth.of(line[k]) + (k > 1 ? 2 : 0))).append(line[k]); //$NON-NLS-1$
			}
			out.println(s.toString().stripTrailing());
		}
	}

	private static String number(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
