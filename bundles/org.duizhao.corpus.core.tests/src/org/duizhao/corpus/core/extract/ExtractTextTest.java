package org.duizhao.corpus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** {@link Extractor#extractText} gives the text {@code extract} gives, for every format. */
class ExtractTextTest {

	private static final String TEXT = "关于加强茶产业协作的通知\n\n各地要深化协作。\r\n人才联育是重点。𠮷\n";

	@Test
	void plainTextDecodesAsExtractDoes() throws Exception {
		PlainTextExtractor x = new PlainTextExtractor();
		for (byte[] bytes : new byte[][] { TEXT.getBytes(StandardCharsets.UTF_8),
				TEXT.replace("𠮷", "").getBytes(Charset.forName("GBK")) }) {
			assertThat(x.extractText(bytes, null)).isEqualTo(x.extract(bytes, null).text());
		}
		byte[] gbk = "各地要深化协作。".getBytes(Charset.forName("GBK"));
		assertThat(x.extractText(gbk, "GBK")).isEqualTo("各地要深化协作。");
	}

	@Test
	void otherFormatsFallBackToExtract() throws Exception {
		byte[] html = "<html><body><h1>标题</h1><p>各地要深化协作。</p></body></html>".getBytes(StandardCharsets.UTF_8);
		Extractor x = Extractors.defaults().forFileName("a.html");
		assertThat(x.extractText(html, null)).isEqualTo(x.extract(html, null).text()).contains("各地要深化协作。");
	}

	@Test
	void binaryIsSkippedAsByExtract() {
		byte[] binary = { 0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7, 0, 0, 0, 1, 2, 3, 0 };
		PlainTextExtractor x = new PlainTextExtractor();
		assertThatThrownBy(() -> x.extract(binary, null)).isInstanceOf(SkipException.class);
		assertThatThrownBy(() -> x.extractText(binary, null)).isInstanceOf(SkipException.class);
	}
}
