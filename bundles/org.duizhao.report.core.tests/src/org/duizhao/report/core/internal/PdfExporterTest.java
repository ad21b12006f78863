package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.LegendEntry;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.core.internal.pdf.FontSource;
import org.duizhao.report.core.internal.pdf.Fonts;
import org.duizhao.report.core.internal.pdf.PdfExporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PDF reports from a real project, read back: the text PDFBox and poppler extract is the document
 * text (fonts drop or replace missing glyphs silently, so only reading back shows that every
 * character made it), the fonts are embedded, a page shows the code colours, hostile memos stay
 * text, and without a Chinese font the export fails with a message that names the font setting.
 */
class PdfExporterTest extends WithReportFixture {

	private static final int TSUCHIYOSHI = 0x20BB7; // 𠮷, outside the BMP, first in the fixture's text
	private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"; //$NON-NLS-1$

	@BeforeEach
	void needFonts() {
		assumeTrue(Fonts.installed(), "no Chinese TrueType font installed (Debian: fonts-wqy-zenhei)"); //$NON-NLS-1$
	}

	private static byte[] pdf(Report report) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportExporters.get("pdf").orElseThrow().write(report, out); //$NON-NLS-1$
		return out.toByteArray();
	}

	/** The document texts without whitespace and, where the fonts cover it, 𠮷. */
	private static String expected(String text) throws IOException {
		String squeezed = PdfReadBack.squeeze(text);
		return Fonts.covered(text, TSUCHIYOSHI) ? squeezed : squeezed.replace("𠮷", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void documentReportReadsBackAsTheDocumentTexts() throws Exception {
		f.code(f.gansu, "发展特色农业", "甲", "", f.industry); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(f.gansu, "特色农业，加强", "乙", "第二位编码者的备忘", f.talent); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.store.createMemo(f.gansu.id(), "总体", "文档备忘", "甲"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		byte[] pdf = pdf(ReportBuilder.documents(f.project, f.store, ReportSelection.all(), null));
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-"); //$NON-NLS-1$
		// footnote marks and page numbers are the only digits; the texts have none
		String text = PdfReadBack.pdfboxText(pdf, true).replaceAll("[0-9]", ""); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(text).contains(expected(ReportFixture.GANSU)).contains(expected(ReportFixture.FUJIAN));
		assertThat(text).contains("第二位编码者的备忘").contains("文档备忘").contains("报告测试").contains("产业/协作"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (Fonts.covered(ReportFixture.GANSU, TSUCHIYOSHI)) {
			assertThat(text).contains("𠮷县产业扶贫通知"); //$NON-NLS-1$
		}
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(2); // each document starts a page
			for (PDPage page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
	}

	@Test
	void segmentsReportAndEveryKindOfTheHtmlFormat() throws Exception {
		f.code(f.gansu, "人才联育", "甲", "联育的备忘", f.talent); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(f.fujian, "推进产业合作", "乙", "", f.industry); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String text = PdfReadBack.pdfboxText(pdf(ReportBuilder.segments(f.project, f.store, ReportSelection.all(), null)), false);
		assertThat(text).contains("人才联育").contains("推进产业合作").contains("联育的备忘").contains("闽宁协作方案"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(text.indexOf("推进产业合作")).isLessThan(text.indexOf("人才联育")); // code-tree order //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(new PdfExporter().kinds()).isEqualTo(new HtmlExporter().kinds());
	}

	@Test
	void hostileMemosAndControlCharactersStayText() throws Exception {
		String bad = "a\u0000b\u0007c\ud800d\udc00e\u0085f"; //$NON-NLS-1$
		String text = "前文" + bad + "后文\n"; //$NON-NLS-1$ //$NON-NLS-2$
		Annotation a = new Annotation("a1", f.gansu.id(), 1, 0, 2, new TextQuote("", "前文", bad), List.of(), HOSTILE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"甲", Instant.EPOCH, null, null, 1); //$NON-NLS-1$
		Memo m = new Memo("m1", f.gansu.id(), bad, HOSTILE + bad, "乙", Instant.EPOCH, null, 1); //$NON-NLS-1$ //$NON-NLS-2$
		DocumentReport r = new DocumentReport("项目" + bad, List.of(new AnnotatedDocument(f.gansu, text, //$NON-NLS-1$
				List.of(new Passage(a, List.of(f.talent))), List.of(m), 0)), List.of(new LegendEntry(f.talent, bad, 1, 2, 0.1)));
		byte[] pdf = pdf(r);
		String extracted = PdfReadBack.pdfboxText(pdf, false);
		assertThat(extracted).contains(HOSTILE.replace(" ", "")).contains("前文").contains("后文"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(extracted).doesNotContain("\u0000").doesNotContain("\u0007").doesNotContain("\u0085"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (Fonts.covered(text, 0xFFFD)) {
			assertThat(extracted).contains("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf"); //$NON-NLS-1$
		}
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			var names = doc.getDocumentCatalog().getNames();
			assertThat(names == null || names.getJavaScript() == null).as("named JavaScript").isTrue();
			assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
			for (PDPage page : doc.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					// the only links are footnote anchors inside the file
					PDAnnotationLink link = (PDAnnotationLink) annotation;
					assertThat(link.getAction() == null || link.getAction() instanceof PDActionGoTo).isTrue();
				}
			}
		}
	}

	@Test
	void pageRenderedByPopplerShowsTheCodeColoursAndItsTextReadsBack() throws Exception {
		assumeTrue(PdfReadBack.poppler("pdftoppm") && PdfReadBack.poppler("pdftotext"), "poppler-utils not installed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(f.gansu, "发展特色农业", "甲", "", f.industry); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(f.gansu, "人才联育", "乙", "", f.talent); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path file = temp.resolve("report.pdf"); //$NON-NLS-1$
		Files.write(file, pdf(ReportBuilder.documents(f.project, f.store,
				new ReportSelection(List.of("gansu.txt"), null, null), null))); //$NON-NLS-1$
		BufferedImage page = PdfReadBack.popplerPage(file, 1);
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < page.getHeight(); y += 2) {
			for (int x = 0; x < page.getWidth(); x += 2) {
				colours.add(page.getRGB(x, y) & 0xffffff);
			}
		}
		assertThat(colours).as("a blank page").hasSizeGreaterThan(10);
		assertThat(PdfReadBack.pixelsNear(page, 0xffd966)).as("产业's colour").isGreaterThan(20);
		assertThat(PdfReadBack.pixelsNear(page, 0xb6d7a8)).as("人才's colour").isGreaterThan(20);
		assertThat(PdfReadBack.popplerText(file).replaceAll("[0-9]", "")).contains(expected(ReportFixture.GANSU)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void withoutAChineseFontTheExportFailsNamingTheFontSetting() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("no-fonts")); //$NON-NLS-1$
		PdfExporter exporter = new PdfExporter(() -> new FontSource(null, null, List.of(empty)));
		Report report = ReportBuilder.documents(f.project, f.store, ReportSelection.all(), null);
		assertThatThrownBy(() -> exporter.write(report, new ByteArrayOutputStream())).isInstanceOf(IOException.class)
				.hasMessageContaining("--font") //$NON-NLS-1$
				.hasMessageContaining("duizhao.report.font") //$NON-NLS-1$
				.hasMessageContaining("DUIZHAO_REPORT_FONT") //$NON-NLS-1$
				.hasMessageContaining("fonts-wqy-zenhei"); //$NON-NLS-1$
	}

	@Test
	void aNamedFileThatIsNoFontFailsNamingWhereItWasNamed() throws Exception {
		Path fake = Files.writeString(temp.resolve("fake.ttf"), "not a font"); //$NON-NLS-1$ //$NON-NLS-2$
		Report report = ReportBuilder.documents(f.project, f.store, ReportSelection.all(), null);
		PdfExporter exporter = new PdfExporter(() -> new FontSource(fake, "--font", List.of())); //$NON-NLS-1$
		assertThatThrownBy(() -> exporter.write(report, new ByteArrayOutputStream())).isInstanceOf(IOException.class)
				.hasMessageContaining(fake.toString()).hasMessageContaining("--font"); //$NON-NLS-1$
		Path missing = temp.resolve("missing.ttf"); //$NON-NLS-1$
		PdfExporter none = new PdfExporter(() -> new FontSource(missing, "DUIZHAO_REPORT_FONT", List.of())); //$NON-NLS-1$
		assertThatThrownBy(() -> none.write(report, new ByteArrayOutputStream())).hasMessageContaining(missing.toString())
				.hasMessageContaining("DUIZHAO_REPORT_FONT"); //$NON-NLS-1$
	}
}
