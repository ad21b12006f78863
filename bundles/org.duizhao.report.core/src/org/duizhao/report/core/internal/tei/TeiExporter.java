package org.duizhao.report.core.internal.tei;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.SegmentsReport;
import org.duizhao.report.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * TEI P5 XML of every report kind. The annotated documents: a {@code <teiCorpus>} whose header holds
 * the code system as a {@code <taxonomy>} in {@code <classDecl>} and the coders, and one
 * {@code <TEI>} per document with its metadata in its {@code <teiHeader>} and its text, where every
 * coded passage is a {@code <seg ana="#code-…">} (see {@link TeiText} for overlaps) and every memo a
 * {@code <note>}. The coded segments: quotations grouped by code ({@link TeiSegments}). The
 * comparison: both texts with their differences, shared and parallel passages aligned by
 * {@code <linkGrp>}s ({@link TeiComparison}). The agreement: a TEI {@code <table>}
 * ({@link TeiAgreement}).
 */
public final class TeiExporter implements ReportExporter {

	@Override
	public String format() {
		return "tei"; //$NON-NLS-1$
	}

	@Override
	public String extension() {
		return "xml"; //$NON-NLS-1$
	}

	@Override
	public Set<ReportKind> kinds() {
		return EnumSet.allOf(ReportKind.class);
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		try {
			Xml xml = new Xml(out);
			if (report instanceof DocumentReport d) {
				documents(xml, d);
			} else if (report instanceof SegmentsReport s) {
				new TeiSegments(xml).write(s);
			} else if (report instanceof ComparisonReport c) {
				new TeiComparison(xml).write(c);
			} else if (report instanceof AgreementReport a) {
				new TeiAgreement(xml).write(a);
			} else {
				throw new IllegalArgumentException(NLS.bind(Messages.errorUnsupportedKind,
						new Object[] { format(), report.kind().id(), "html" })); //$NON-NLS-1$
			}
			xml.finish();
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
		out.flush();
	}

	private static void documents(Xml xml, DocumentReport d) throws XMLStreamException {
		Ids ids = new Ids(d);
		xml.root("teiCorpus").newline(); //$NON-NLS-1$
		TeiHeader.corpus(xml, d, ids);
		int index = 0;
		for (AnnotatedDocument doc : d.documents()) {
			index++;
			xml.start("TEI").xmlAttr("id", "d" + index).newline(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			TeiHeader.document(xml, doc);
			new TeiText(xml).write(doc.text(), TeiText.passages(doc.passages(), ids, "d" + index)); //$NON-NLS-1$
			xml.end().newline();
		}
		xml.end().newline();
	}
}
