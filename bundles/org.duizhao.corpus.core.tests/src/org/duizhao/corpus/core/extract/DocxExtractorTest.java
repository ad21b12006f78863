package org.duizhao.corpus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.duizhao.corpus.core.SkipReason;
import org.junit.jupiter.api.Test;

class DocxExtractorTest {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$

	static byte[] docx(String body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml")); //$NON-NLS-1$
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			zip.putNextEntry(new ZipEntry("word/document.xml")); //$NON-NLS-1$
			String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + body //$NON-NLS-1$ //$NON-NLS-2$
					+ "</w:body></w:document>"; //$NON-NLS-1$
			zip.write(xml.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	@Test
	void paragraphsHeadingsAndRunsComeOutInOrder() throws Exception {
		byte[] bytes = docx("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>关于推进</w:t></w:r>" //$NON-NLS-1$
				+ "<w:r><w:t>协作的意见</w:t></w:r></w:p>" //$NON-NLS-1$
				+ "<w:p><w:r><w:t xml:space=\"preserve\">　　第一条　总体要求。</w:t></w:r></w:p>" //$NON-NLS-1$
				+ "<w:p/><w:p><w:r><w:t>第二条</w:t><w:tab/><w:t>重点任务。</w:t></w:r></w:p>"); //$NON-NLS-1$
		Extraction x = new DocxExtractor().extract(bytes, null);
		assertThat(x.text()).isEqualTo("关于推进协作的意见\n　　第一条　总体要求。\n\n第二条\t重点任务。\n"); //$NON-NLS-1$
		assertThat(x.title()).isEqualTo("关于推进协作的意见"); //$NON-NLS-1$
		assertThat(x.structure().paragraphs()).hasSize(3);
		assertThat(x.structure().headings()).singleElement()
				.satisfies(h -> assertThat(h.range().of(x.text())).isEqualTo("关于推进协作的意见")); //$NON-NLS-1$
		assertThat(Extractors.defaults().forFileName("a.DOCX")).isInstanceOf(DocxExtractor.class); //$NON-NLS-1$
	}

	@Test
	void aZipWithoutAWordPartOrGarbageIsSkippedWithAReason() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("other.txt")); //$NON-NLS-1$
		}
		assertThatThrownBy(() -> new DocxExtractor().extract(out.toByteArray(), null))
				.isInstanceOfSatisfying(SkipException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.ERROR));
		byte[] broken = docx("<w:p><w:r><w:t>未闭合"); //$NON-NLS-1$
		assertThatThrownBy(() -> new DocxExtractor().extract(broken, null)).isInstanceOf(SkipException.class);
	}
}
