package org.duizhao.report.core.internal.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.SegmentsReport;
import org.duizhao.report.core.internal.Messages;
import org.duizhao.report.core.internal.Poi;
import org.duizhao.report.core.internal.Tables;
import org.eclipse.osgi.util.NLS;

/**
 * DOCX (Word), written with Apache POI: the annotated documents (coded passages shaded in code
 * colours, overlaps double underlined in the mixed colour, memos as Word comments anchored to their
 * passages, a metadata table per document, the code legend), the coded segments grouped by code,
 * the comparison laid out as in HTML ({@link ComparisonDocx}: both texts side by side with the
 * differences shaded and the memos of either side as comments), and the agreement report as its
 * table ({@link TableDocx}).
 */
public final class DocxExporter implements ReportExporter {

	@Override
	public String format() {
		return "docx"; //$NON-NLS-1$
	}

	@Override
	public String extension() {
		return "docx"; //$NON-NLS-1$
	}

	@Override
	public Set<ReportKind> kinds() {
		Set<ReportKind> kinds = EnumSet.of(ReportKind.DOCUMENT, ReportKind.SEGMENTS, ReportKind.COMPARISON);
		kinds.addAll(Tables.kinds()); // every other kind as its table
		return kinds;
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		if (!kinds().contains(report.kind())) {
			throw new IllegalArgumentException(NLS.bind(Messages.errorUnsupportedKind,
					new Object[] { format(), report.kind().id(), "html" })); //$NON-NLS-1$
		}
		Poi.run(() -> {
			try (XWPFDocument doc = new XWPFDocument()) {
				fill(doc, report);
				doc.write(out);
			}
			return null;
		});
		out.flush();
	}

	private static void fill(XWPFDocument doc, Report report) {
		String title = switch (report.kind()) {
		case DOCUMENT -> Messages.titleDocuments;
		case SEGMENTS -> Messages.titleSegments;
		case COMPARISON -> Messages.titleComparison;
		case AGREEMENT -> Messages.titleAgreement;
		};
		doc.getProperties().getCoreProperties().setTitle(org.duizhao.report.core.internal.SafeText
				.clean(NLS.bind(title, report.projectName())));
		Docx.heading(doc, NLS.bind(title, report.projectName()), 16);
		if (report instanceof DocumentReport d) {
			Metadata.legend(doc, d.legend());
			new DocumentDocx(doc).write(d);
		} else if (report instanceof SegmentsReport s) {
			Metadata.legend(doc, s.groups().stream().map(g -> g.entry()).toList());
			new SegmentsDocx(doc).write(s);
		} else if (report instanceof ComparisonReport c) {
			new ComparisonDocx(doc).write(c);
		} else {
			Tables.of(report).ifPresent(new TableDocx(doc)::write);
		}
	}
}
