package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.core.internal.pdf.Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Passage memos in PDF are page footnotes: read back page by page, each memo is on the page where
 * its passage is, long memos and a page full of memos lose no text, and the HTML keeps its notes at
 * the end of the document.
 */
class PdfFootnoteTest extends WithReportFixture {

	private static final String STEMS = "甲乙丙丁戊己庚辛壬癸"; //$NON-NLS-1$
	private static final String FILLER = "坚持以人民为中心的发展思想，统筹推进区域协调发展，完善东西部协作和对口支援工作机制，"; //$NON-NLS-1$

	@BeforeEach
	void needFonts() {
		assumeTrue(Fonts.installed(), "no Chinese TrueType font installed (Debian: fonts-wqy-zenhei)"); //$NON-NLS-1$
	}

	/** @return a label no other paragraph has: two of the ten stems, then 款 */
	private static String label(int i) {
		return "" + STEMS.charAt(i / 10 % 10) + STEMS.charAt(i % 10) + "款"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return text of {@code n} paragraphs, each opening with its label, long enough for several pages */
	private static String longText(int n) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < n; i++) {
			b.append(label(i)).append("规定如下：").append(FILLER).append(FILLER).append("\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return b.toString();
	}

	private static byte[] export(Report r, String format) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportExporters.get(format).orElseThrow().write(r, out);
		return out.toByteArray();
	}

	/** @return each page's text, whitespace and digits (page numbers, note numbers) removed */
	private static List<String> pages(byte[] pdf) throws Exception {
		List<String> pages = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (int p = 1; p <= doc.getNumberOfPages(); p++) {
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				pages.add(PdfReadBack.squeeze(stripper.getText(doc)).replaceAll("[0-9.]", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return pages;
	}

	private static int pageOf(List<String> pages, String text) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void eachMemoIsAFootnoteOnThePageOfItsPassage() throws Exception {
		Document d = f.add("long.txt", longText(60)); //$NON-NLS-1$
		Map<String, String> memos = new LinkedHashMap<>();
		for (int i : new int[] { 1, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 45, 58 }) {
			String memo = "备忘" + label(i) + "：此处措辞与上一版本不同。"; //$NON-NLS-1$ //$NON-NLS-2$
			memos.put(label(i) + "规定如下", memo); //$NON-NLS-1$
		}
		// one long memo, longer than a few lines of the footnote area
		String longMemo = "长备忘" + FILLER.repeat(8) + "完"; //$NON-NLS-1$ //$NON-NLS-2$
		memos.put(label(40) + "规定如下", longMemo); //$NON-NLS-1$
		for (Map.Entry<String, String> e : memos.entrySet()) {
			f.code(d, e.getKey(), "甲", e.getValue(), f.industry); //$NON-NLS-1$
		}
		Report r = ReportBuilder.documents(f.project, f.store, new ReportSelection(List.of("long.txt"), null, null), //$NON-NLS-1$
				null);
		List<String> pages = pages(export(r, "pdf")); //$NON-NLS-1$
		assertThat(pages).as("several pages").hasSizeGreaterThan(3);
		String all = String.join("", pages); //$NON-NLS-1$
		for (Map.Entry<String, String> e : memos.entrySet()) {
			String memo = PdfReadBack.squeeze(e.getValue());
			assertThat(all).as("memo text kept").contains(memo);
			int passage = pageOf(pages, e.getKey());
			assertThat(passage).as(e.getKey()).isNotNegative();
			assertThat(pages.get(passage)).as("memo on the page of " + e.getKey()).contains(memo);
		}
		assertThat(all).as("the notes' heading is gone from the PDF").doesNotContain(Messages.notes);

		String html = new String(export(r, "html"), StandardCharsets.UTF_8); //$NON-NLS-1$
		assertThat(html).as("HTML keeps its notes at the end").contains("<ol class=\"notes\">") //$NON-NLS-1$
				.contains("<h3>" + Messages.notes + "</h3>").doesNotContain("pfn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aComparisonsMemosAreFootnotesToo() throws Exception {
		Document v1 = f.add("v1.txt", ComparisonReportTest.V1); //$NON-NLS-1$
		Document v2 = f.add("v2.txt", ComparisonReportTest.V2); //$NON-NLS-1$
		f.code(v1, "推进产业合作", "甲", "甲方备忘在页脚", f.industry); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(v2, "人才联育", "乙", "乙方备忘在页脚", f.talent); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Report r = ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store,
				new ReportSelection(List.of("v1.txt", "v2.txt"), null, null), null); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> pages = pages(export(r, "pdf")); //$NON-NLS-1$
		int passage = pageOf(pages, "推进产业合作"); //$NON-NLS-1$
		assertThat(passage).isNotNegative();
		assertThat(pages.get(passage)).contains("甲方备忘在页脚"); //$NON-NLS-1$
		assertThat(pages.get(pageOf(pages, "人才联育"))).contains("乙方备忘在页脚"); //$NON-NLS-1$
	}
}
