package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlCursor.TokenType;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.core.internal.docx.DocxExporter;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The Word report read back with POI: shaded runs in code colours, overlaps, comments anchored to
 * their passages, East-Asian fonts, legend and metadata, the segments grouped by code, hostile text.
 */
class DocxExporterTest extends WithReportFixture {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	static byte[] docx(Report r) throws Exception {
		return ReportFixture.written(new DocxExporter(), r);
	}

	private static String fill(XWPFRun run) {
		CTRPr pr = run.getCTR().getRPr();
		return pr == null || pr.getShdList().isEmpty() ? null : pr.getShdList().get(0).xgetFill().getStringValue();
	}

	private static List<XWPFRun> runs(XWPFDocument doc) {
		List<XWPFRun> runs = new ArrayList<>();
		for (XWPFParagraph p : doc.getParagraphs()) {
			runs.addAll(p.getRuns());
		}
		return runs;
	}

	/** @return comment id to the text between its range start and end, walking the body in order */
	static Map<String, String> anchoredText(XWPFDocument doc) {
		Map<String, StringBuilder> open = new LinkedHashMap<>();
		Map<String, String> done = new LinkedHashMap<>();
		try (XmlCursor c = doc.getDocument().newCursor()) {
			String element = "";
			while (c.hasNextToken()) {
				TokenType t = c.toNextToken();
				if (t.isStart()) {
					element = c.getName().getLocalPart();
					String id = c.getAttributeText(new QName(W, "id"));
					if (element.equals("commentRangeStart")) {
						open.put(id, new StringBuilder());
					} else if (element.equals("commentRangeEnd")) {
						done.put(id, open.remove(id).toString());
					} else if (element.equals("br")) {
						open.values().forEach(b -> b.append('\n'));
					}
				} else if (t.isText() && element.equals("t")) {
					String text = c.getChars();
					open.values().forEach(b -> b.append(text));
				}
			}
		}
		assertThat(open).as("every comment range is closed").isEmpty();
		return done;
	}

	@Test
	void highlightsOverlapsCommentsFontsLegendAndMetadata() throws Exception {
		f.project.updateMetadata(f.gansu.id(), Metadata.empty().withTitle("甘肃通知").withIssuer("县政府"));
		f.code(f.project.document(f.gansu.id()).orElseThrow(), "发展特色农业", "甲", "特色是关键", f.industry);
		f.code(f.gansu, "特色农业，加强", "乙", "", f.cooperation);
		f.code(f.gansu, "人才联育", "甲", "跨行\n备忘", f.talent);
		Report r = ReportBuilder.documents(f.project, f.store, new ReportSelection(List.of("gansu.txt"), null, null),
				null);
		read(docx(r), doc -> {
			List<XWPFRun> runs = runs(doc);
			assertThat(runs).filteredOn(run -> "FFD966".equals(fill(run))).extracting(XWPFRun::text)
					.contains("发展");
			XWPFRun overlap = runs.stream().filter(run -> run.text().equals("特色农业")).findFirst().orElseThrow();
			assertThat(fill(overlap)).isEqualTo("CFCFA7"); // the mix of FFD966 and 9FC5E8
			assertThat(overlap.getUnderline()).isEqualTo(UnderlinePatterns.DOUBLE);
			assertThat(runs).filteredOn(run -> "9FC5E8".equals(fill(run))).extracting(XWPFRun::text)
					.containsExactly("，加强");
			assertThat(runs).filteredOn(run -> "B6D7A8".equals(fill(run))).extracting(XWPFRun::text)
					.containsExactly("人才联育");
			assertThat(runs).filteredOn(run -> !run.text().isEmpty())
					.allSatisfy(run -> assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo("SimSun"));

			XWPFComment[] comments = doc.getComments();
			assertThat(comments).hasSize(2);
			Map<String, String> anchored = anchoredText(doc);
			assertThat(anchored).hasSize(2);
			for (XWPFComment c : comments) {
				assertThat(c.getAuthor()).isEqualTo("甲");
				if (c.getText().contains("特色是关键")) {
					assertThat(anchored.get(c.getId())).isEqualTo("发展特色农业");
					assertThat(c.getText()).contains("[产业]");
				} else {
					assertThat(c.getText()).contains("跨行").contains("备忘").contains("[人才]");
					assertThat(anchored.get(c.getId())).isEqualTo("人才联育");
				}
			}
			String body = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			assertThat(body).contains("𠮷县产业扶贫通知").contains("一、发展特色农业，加强东西部协作。").contains("二、人才联育是重点。")
					.contains("报告测试");
			XWPFTable legend = doc.getTables().get(0);
			assertThat(legend.getRow(1).getCell(1).getText()).isEqualTo("产业");
			assertThat(legend.getRow(1).getCell(2).getText()).isEqualTo("1");
			assertThat(legend.getRow(1).getCell(0).getColor()).isEqualToIgnoringCase("FFD966");
			assertThat(legend.getText()).contains("产业/协作").contains("人才");
			XWPFTable meta = doc.getTables().get(1);
			assertThat(meta.getText()).contains("甘肃通知").contains("县政府");
		});
	}

	@Test
	void segmentsAreGroupedByCode() throws Exception {
		f.code(f.gansu, "发展特色农业", "甲", "备忘一", f.industry);
		f.code(f.fujian, "东西部协作", "乙", "", f.cooperation);
		f.code(f.gansu, "东西部协作", "甲", "", f.cooperation);
		Report r = ReportBuilder.segments(f.project, f.store, ReportSelection.all(), null);
		read(docx(r), doc -> {
			List<String> headings = doc.getParagraphs().stream().map(XWPFParagraph::getText)
					.filter(t -> t.endsWith(")")).toList();
			assertThat(headings).containsExactly("产业 (1)", "产业/协作 (2)");
			XWPFTable industry = doc.getTables().get(1);
			assertThat(industry.getRow(1).getCell(0).getText()).contains("发展特色农业");
			assertThat(industry.getRow(1).getCell(1).getText()).isEqualTo(f.gansu.displayName());
			assertThat(industry.getRow(1).getCell(2).getText()).isEqualTo("11–17");
			assertThat(industry.getRow(1).getCell(3).getText()).isEqualTo("甲");
			assertThat(industry.getRow(1).getCell(4).getText()).isEqualTo("备忘一");
			assertThat(doc.getTables().get(2).getRows()).hasSize(3);
		});
	}

	@Test
	void hostileTextStaysWellFormed() throws Exception {
		for (Report r : List.of(HostileReports.document(f.gansu), HostileReports.segments(f.gansu))) {
			byte[] bytes = docx(r);
			for (String part : List.of("word/document.xml", "word/comments.xml", "docProps/core.xml")) {
				byte[] xml = entry(bytes, part);
				if (xml != null) {
					DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
				}
			}
			read(bytes, doc -> {
				String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
						+ String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
				assertThat(all).contains(HostileReports.CLEAN.substring(0, 30)).contains("𠀀")
						.doesNotContain("\u0000").doesNotContain("\ud800x");
				if (r instanceof DocumentReport) {
					assertThat(doc.getComments()).hasSize(1);
					assertThat(doc.getComments()[0].getText()).contains("<script>alert(1)</script>")
							.startsWith("[" + HostileReports.CLEAN + "]");
					assertThat(anchoredText(doc).values()).containsExactly(HostileReports.CLEAN);
				} else {
					assertThat(doc.getComments()).isNull();
				}
			});
		}
		assertThat(new DocxExporter().kinds()).containsExactlyInAnyOrder(ReportKind.values());
	}

	/** Checks on a Word document read back. */
	interface Check {
		void on(XWPFDocument doc) throws Exception;
	}

	/** Reads {@code bytes} with POI and runs {@code check}, as report.core runs POI (see {@link Poi}). */
	static void read(byte[] bytes, Check check) throws Exception {
		Poi.run(() -> {
			try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
				check.on(doc);
			} catch (java.io.IOException e) {
				throw e;
			} catch (Exception e) {
				throw new java.io.IOException(e);
			}
			return null;
		});
	}

	static byte[] entry(byte[] zip, String name) throws Exception {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		return null;
	}
}
