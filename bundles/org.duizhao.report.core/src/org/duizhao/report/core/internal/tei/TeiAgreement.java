package org.duizhao.report.core.internal.tei;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.duizhao.annotations.core.Code;
import org.duizhao.report.core.AgreementLine;
import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The agreement in TEI: one {@code <TEI>} whose header names the coders compared
 * ({@code <respStmt xml:id="coder-1">}, in the report's order), lists the documents whose characters
 * are the units ({@code <listBibl>}), states the unit ({@code <editorialDecl>}) and holds the codes as
 * a {@code <taxonomy>}; its body is the agreement table as a TEI {@code <table>}: a label row, then one
 * {@code <row ana="#code-…">} per code with the characters, the agreement, Cohen's κ, Krippendorff's α
 * (each a {@code <measure>}; a dash where undefined) and each coder's passages
 * ({@code <cell corresp="#coder-1">}).
 */
final class TeiAgreement {

	private final Xml xml;

	TeiAgreement(Xml xml) {
		this.xml = xml;
	}

	void write(AgreementReport report) throws XMLStreamException {
		Ids ids = new Ids(report.coders());
		xml.root("TEI").newline().start("teiHeader").start("fileDesc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String title = NLS.bind(Messages.titleAgreement, report.projectName());
		TeiHeader.titleStmt(xml, title, ids);
		TeiHeader.publication(xml);
		TeiHeader.sources(xml, report.documents());
		xml.end().start("encodingDesc").start("editorialDecl").attr("n", "unit=character") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.element("p", Messages.agreementUnit + ": " + Messages.agreementUnitText).end(); //$NON-NLS-1$ //$NON-NLS-2$
		Map<Code, String> codes = new LinkedHashMap<>();
		report.rows().forEach(r -> codes.put(r.code(), null));
		if (!codes.isEmpty()) {
			TeiHeader.taxonomy(xml, codes);
		}
		xml.end().end().newline().start("text").start("body").start("div").attr("type", "agreement") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.element("head", Messages.agreementTable).newline(); //$NON-NLS-1$
		table(report, ids);
		if (report.rows().isEmpty()) {
			xml.element("p", Messages.agreementNoCodes); //$NON-NLS-1$
		}
		xml.end().end().end().newline().end().newline();
	}

	private void table(AgreementReport report, Ids ids) throws XMLStreamException {
		List<String> labels = new ArrayList<>(List.of(Messages.legendCode, Messages.agreementUnits,
				Messages.agreementAgreement, Messages.agreementKappa, Messages.agreementAlpha));
		report.coders().forEach(c -> labels.add(NLS.bind(Messages.agreementPassagesOf, c)));
		TeiTable t = new TeiTable(xml).open("agreement", labels); //$NON-NLS-1$
		for (AgreementLine r : report.rows()) {
			t.row("ana", "#" + Ids.code(r.code())).label(r.path()) //$NON-NLS-1$ //$NON-NLS-2$
					.measure("units", r.units(), "character", Long.toString(r.units())) //$NON-NLS-1$ //$NON-NLS-2$
					.measure("agreement", r.agreement(), "share", //$NON-NLS-1$ //$NON-NLS-2$
							r.agreement() == null ? null : TeiComparisonTables.percent(r.agreement()))
					.measure("kappa", r.kappa(), "coefficient", three(r.kappa())) //$NON-NLS-1$ //$NON-NLS-2$
					.measure("alpha", r.alpha(), "coefficient", three(r.alpha())); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < r.passages().size(); i++) {
				int n = r.passages().get(i);
				t.measure("passages", n, "passage", Integer.toString(n), //$NON-NLS-1$ //$NON-NLS-2$
						"#" + ids.coder(report.coders().get(i))); //$NON-NLS-1$
			}
			t.endRow();
		}
		t.close();
	}

	private static String three(Double value) {
		return value == null ? null : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$
	}
}
