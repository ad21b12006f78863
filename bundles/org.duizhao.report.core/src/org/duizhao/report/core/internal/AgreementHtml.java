package org.duizhao.report.core.internal;

import java.util.Locale;

import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.AgreementLine;
import org.duizhao.report.core.AgreementReport;
import org.eclipse.osgi.util.NLS;

/**
 * The agreement in HTML: the settings (coders, documents, unit), then one row per code with the
 * units, the agreement, kappa and alpha, and each coder's passages.
 */
final class AgreementHtml {

	private final Html html;

	AgreementHtml(Html html) {
		this.html = html;
	}

	void write(AgreementReport report) {
		html.element("h2", Messages.agreementSettings).raw("<table class=\"meta\">"); //$NON-NLS-1$ //$NON-NLS-2$
		setting(Messages.agreementCoders, String.join(", ", report.coders())); //$NON-NLS-1$
		setting(NLS.bind(Messages.agreementDocuments, report.documents().size()),
				String.join(", ", report.documents().stream().map(Document::displayName).toList())); //$NON-NLS-1$
		setting(Messages.agreementUnit, Messages.agreementUnitText);
		html.raw("</table>\n"); //$NON-NLS-1$
		html.element("h2", Messages.agreementTable).raw("<table class=\"agreement\"><tr>") //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.legendCode).element("th", Messages.agreementUnits) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.agreementAgreement).element("th", Messages.agreementKappa) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.agreementAlpha); //$NON-NLS-1$
		for (String coder : report.coders()) {
			html.element("th", NLS.bind(Messages.agreementPassagesOf, coder)); //$NON-NLS-1$
		}
		html.raw("</tr>\n"); //$NON-NLS-1$
		for (AgreementLine r : report.rows()) {
			html.raw("<tr><td>").raw(HtmlExporter.swatch(r.code().color())).text(r.path()).raw("</td>"); //$NON-NLS-1$ //$NON-NLS-2$
			num(Long.toString(r.units()));
			num(r.agreement() == null ? "—" : ComparisonHtml.percent(r.agreement())); //$NON-NLS-1$
			num(number(r.kappa()));
			num(number(r.alpha()));
			r.passages().forEach(n -> num(Integer.toString(n)));
			html.raw("</tr>\n"); //$NON-NLS-1$
		}
		html.raw("</table>\n"); //$NON-NLS-1$
		if (report.rows().isEmpty()) {
			html.element("p class=\"note\"", Messages.agreementNoCodes); //$NON-NLS-1$
		}
	}

	private void setting(String label, String value) {
		html.raw("<tr>").element("th", label).element("td", value).raw("</tr>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private void num(String value) {
		html.element("td class=\"num\"", value); //$NON-NLS-1$
	}

	/** @return three decimals, or a dash where the value is undefined */
	static String number(Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
