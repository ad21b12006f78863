package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Every kind's HTML is also well-formed XML in the XHTML namespace, so an XML-based HTML-to-PDF
 * renderer can read it: every element closed, every ampersand escaped, no bare attributes.
 */
class XhtmlTest extends WithReportFixture {

	@Test
	void everyKindParsesAsXml() throws Exception {
		f.add("v1.txt", ComparisonReportTest.V1 + "&amp; <b>"); //$NON-NLS-1$ //$NON-NLS-2$
		f.add("v2.txt", ComparisonReportTest.V2); //$NON-NLS-1$
		f.code(f.gansu, "发展特色农业", "甲", HtmlExporterTest.HOSTILE, f.industry); //$NON-NLS-1$ //$NON-NLS-2$
		f.code(f.gansu, "特色农业，加强", "乙", "&", f.talent); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.store.createMemo(f.gansu.id(), "<memo>", HtmlExporterTest.HOSTILE, "甲"); //$NON-NLS-1$ //$NON-NLS-2$
		ReportSelection pair = new ReportSelection(List.of("v1.txt", "v2.txt"), null, null); //$NON-NLS-1$ //$NON-NLS-2$
		ReportSelection base = new ReportSelection(List.of("v2.txt", "gansu.txt"), null, null, "v1.txt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Report r : List.of(ReportBuilder.build(ReportKind.DOCUMENT, f.project, f.store, ReportSelection.all(), null),
				ReportBuilder.build(ReportKind.SEGMENTS, f.project, f.store, ReportSelection.all(), null),
				ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store, pair, null),
				ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store, base, null),
				ReportBuilder.build(ReportKind.AGREEMENT, f.project, f.store, ReportSelection.all(), null))) {
			String html = HtmlExporterTest.html(r);
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
			assertThat(doc.getDocumentElement().getNamespaceURI()).as(r.kind().id()).isEqualTo("http://www.w3.org/1999/xhtml"); //$NON-NLS-1$
			assertThat(doc.getDocumentElement().getTextContent()).as(r.kind().id()).contains(r.projectName());
		}
	}
}
