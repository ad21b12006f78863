package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duizhao.compare.core.HunkType;
import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The comparison in Word read back with POI: the summary, both texts side by side in aligned rows
 * (each column's text is its document's text), differences as shaded runs, memos of either side as
 * comments anchored to their passages, the lists after it, the base table, hostile text.
 */
class ComparisonDocxTest extends WithTwoVersions {

	private static String fill(XWPFRun run) {
		CTRPr pr = run.getCTR().getRPr();
		return pr == null || pr.getShdList().isEmpty() ? null : pr.getShdList().get(0).xgetFill().getStringValue();
	}

	private static boolean superscript(XWPFRun run) {
		return "superscript".equals(String.valueOf(run.getVerticalAlignment()));
	}

	/** @return the side-by-side table: the one whose header starts with "A: " */
	private static XWPFTable sides(XWPFDocument doc) {
		return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().startsWith("A: ")).findFirst()
				.orElseThrow();
	}

	/** @return column {@code c}'s runs, row by row, difference numbers left out */
	private static List<XWPFRun> column(XWPFTable table, int c) {
		List<XWPFRun> runs = new ArrayList<>();
		for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
			for (XWPFParagraph p : row.getCell(c).getParagraphs()) {
				p.getRuns().stream().filter(r -> !superscript(r)).forEach(runs::add);
			}
		}
		return runs;
	}

	private static String text(List<XWPFRun> runs) {
		StringBuilder b = new StringBuilder();
		runs.forEach(r -> b.append(r.text()));
		return b.toString();
	}

	private static String withoutBreaks(String text) {
		return text.replace("\r", "").replace("\n", "");
	}

	@Test
	void aPairSideBySideWithShadedDifferencesAndCommentsOnEitherSide() throws Exception {
		f.code(v1, "推进产业合作", "甲", "A 边的备忘", f.industry);
		f.code(v2, "人才联育", "乙", "B 边的备忘", f.talent);
		f.code(v2, "增加农民收入", "乙", "", f.industry);
		ComparisonReport r = (ComparisonReport) ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store,
				new ReportSelection(List.of("v1.txt", "v2.txt"), null, null), null);
		PairComparison pair = r.pair();
		DocxExporterTest.read(DocxExporterTest.docx(r), doc -> {
			XWPFTable sides = sides(doc);
			assertThat(sides.getRow(0).getCell(1).getText()).isEqualTo("B: " + v2.displayName());
			assertThat(sides.getRows()).as("aligned paragraph by paragraph").hasSizeGreaterThan(3);
			assertThat(sides.getCTTbl().getTblGrid().getGridColList()).as("two columns alike").hasSize(2)
					.allSatisfy(c -> assertThat(c.getW()).isEqualTo(sides.getCTTbl().getTblGrid().getGridColList().get(0).getW()));
			XWPFTable list = doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() > 3 && t.getRow(0).getCell(3).getText().equals(Messages.comparisonTextA))
					.findFirst().orElseThrow();
			assertThat(list.getRow(1).getCell(0).getWidth()).as("number narrower than text")
					.isLessThan(list.getRow(1).getCell(3).getWidth());
			List<XWPFRun> a = column(sides, 0);
			List<XWPFRun> b = column(sides, 1);
			assertThat(text(a)).isEqualTo(withoutBreaks(ComparisonReportTest.V1));
			assertThat(text(b)).isEqualTo(withoutBreaks(ComparisonReportTest.V2));
			assertThat(a).filteredOn(run -> "FFEB9C".equals(fill(run))).extracting(XWPFRun::text).contains("推进");
			assertThat(b).filteredOn(run -> "FFEB9C".equals(fill(run))).extracting(XWPFRun::text).contains("深化");
			Difference added = pair.differences().stream().filter(d -> d.bText().contains("新增")).findFirst().orElseThrow();
			String color = added.type() == HunkType.INSERT ? "C6EFCE" : added.type() == HunkType.CHANGE ? "FFEB9C" : "BDD7EE";
			assertThat(text(b.stream().filter(run -> color.equals(fill(run))).toList())).contains("新增");
			String movedA = text(a.stream().filter(run -> "BDD7EE".equals(fill(run))).toList());
			String movedB = text(b.stream().filter(run -> "BDD7EE".equals(fill(run))).toList());
			assertThat(movedA).isNotEmpty().isEqualTo(movedB);
			for (Difference d : pair.differences()) {
				if (d.type() == HunkType.MOVE) {
					assertThat(movedA).contains(withoutBreaks(d.aText()));
				}
			}
			assertThat(a).filteredOn(run -> run.getUnderline() == UnderlinePatterns.DOTTED).isNotEmpty();
			XWPFRun coded = b.stream().filter(run -> run.text().equals("增加农民收入")).findFirst().orElseThrow();
			assertThat(coded.getUnderline()).isEqualTo(UnderlinePatterns.THICK);
			assertThat(coded.getUnderlineColor()).isEqualToIgnoringCase("FFD966");
			List<String> numbers = new ArrayList<>();
			for (XWPFTableRow row : sides.getRows()) {
				row.getCell(0).getParagraphs().forEach(p -> p.getRuns().stream().filter(ComparisonDocxTest::superscript)
						.forEach(run -> numbers.add(run.text())));
			}
			assertThat(numbers).hasSize(pair.differences().size());

			XWPFComment[] comments = doc.getComments();
			assertThat(comments).hasSize(2);
			Map<String, String> anchored = DocxExporterTest.anchoredText(doc);
			for (XWPFComment c : comments) {
				if (c.getAuthor().equals("甲")) {
					assertThat(c.getText()).contains("[产业]").contains("A 边的备忘");
					assertThat(anchored.get(c.getId())).isEqualTo("推进产业合作");
				} else {
					assertThat(c.getText()).contains("[人才]").contains("B 边的备忘");
					assertThat(anchored.get(c.getId())).isEqualTo("人才联育");
				}
			}
			assertThat(a).filteredOn(run -> !run.text().isEmpty())
					.allSatisfy(run -> assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo("SimSun"));

			String body = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			assertThat(body).contains(ComparisonHtml.settingsLine(r.settings()))
					.contains(org.eclipse.osgi.util.NLS.bind(Messages.comparisonDifferences, pair.differences().size()))
					.contains(org.eclipse.osgi.util.NLS.bind(Messages.comparisonFormulas, pair.formulas().size()));
			String tables = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
			assertThat(tables).contains(ComparisonHtml.percent(pair.metrics().similarity())).contains("东西部协作");
		});
	}

	@Test
	void aBaseAgainstSeveralDocumentsIsTheBaseTable() throws Exception {
		Document copy = f.add("copy.txt", ComparisonReportTest.V1 + "\n");
		ComparisonReport r = ReportBuilder.comparison(f.project, f.store,
				new ReportSelection(List.of("v2.txt", "copy.txt"), null, null, "v1.txt"), ComparisonSettings.defaults(),
				null);
		DocxExporterTest.read(DocxExporterTest.docx(r), doc -> {
			assertThat(doc.getTables()).hasSize(1);
			XWPFTable t = doc.getTables().get(0);
			assertThat(t.getRows()).hasSize(3);
			assertThat(t.getRow(0).getCell(1).getText()).isEqualTo(Messages.comparisonSimilarity);
			assertThat(t.getRow(2).getCell(0).getText()).isEqualTo(copy.displayName());
			assertThat(t.getRow(2).getCell(1).getText()).isEqualTo("100.0%");
			assertThat(doc.getComments()).isNullOrEmpty();
		});
	}

	@Test
	void hostileTextStaysWellFormed() throws Exception {
		byte[] bytes = DocxExporterTest.docx(HostileReports.comparison(f.gansu));
		for (String part : List.of("word/document.xml", "word/comments.xml", "docProps/core.xml")) {
			byte[] xml = DocxExporterTest.entry(bytes, part);
			assertThat(xml).as(part).isNotNull();
			DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		DocxExporterTest.read(bytes, doc -> {
			XWPFTable sides = sides(doc);
			String clean = withoutBreaks(HostileReports.TEXT.replace(HostileReports.BAD, HostileReports.CLEAN));
			assertThat(text(column(sides, 0))).isEqualTo(clean);
			assertThat(text(column(sides, 1))).isEqualTo(clean);
			assertThat(column(sides, 0)).filteredOn(run -> "FFEB9C".equals(fill(run))).extracting(XWPFRun::text)
					.containsExactly(HostileReports.CLEAN);
			assertThat(doc.getComments()).hasSize(2);
			assertThat(DocxExporterTest.anchoredText(doc).values()).containsOnly(HostileReports.CLEAN);
			String tables = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
			assertThat(tables).contains("𠀀").doesNotContain("\u0000").doesNotContain("\ud800x");
		});
	}
}
