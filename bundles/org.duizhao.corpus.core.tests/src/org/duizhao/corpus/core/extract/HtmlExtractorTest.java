package org.duizhao.corpus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.duizhao.corpus.core.Structure;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

	private static final String PAGE = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
			+ "<title>关于开展植树活动的通知_某市政府网</title><script>var x = '不要';</script></head><body>"
			+ "<div class=nav>首页 &gt; 通知</div><h1>关于开展植树活动的通知</h1>"
			+ "<p>　　各单位：</p><p>　　为改善城市环境，<b>定于</b>三月十二日开展植树活动。</p>"
			+ "<p>一行<br>二行</p></body></html>";

	@Test
	void titleParagraphsAndHeadings() throws Exception {
		Extraction x = new HtmlExtractor().extract(PAGE.getBytes(Charset.forName("GBK")), null);
		assertThat(x.encoding()).isEqualTo("GB18030");
		assertThat(x.title()).isEqualTo("关于开展植树活动的通知_某市政府网");
		assertThat(x.text()).doesNotContain("不要").doesNotContain("<");
		Structure s = x.structure();
		assertThat(s.paragraphs()).extracting(r -> r.of(x.text())).containsExactly("首页 > 通知", "关于开展植树活动的通知",
				"　　各单位：", "　　为改善城市环境，定于三月十二日开展植树活动。", "一行", "二行");
		assertThat(s.headings()).hasSize(1);
		assertThat(s.headings().get(0).level()).isEqualTo(1);
		assertThat(s.headings().get(0).range().of(x.text())).isEqualTo("关于开展植树活动的通知");
	}

	@Test
	void declaredCharsetIsFound() {
		assertThat(HtmlExtractor.declaredCharset("<meta charset=\"UTF-8\">".getBytes(StandardCharsets.US_ASCII)))
				.isEqualTo("utf-8");
		assertThat(HtmlExtractor.declaredCharset("<p>none</p>".getBytes(StandardCharsets.US_ASCII))).isNull();
	}

	@Test
	void aLyingDeclarationLosesToDetection() throws Exception {
		String page = "<meta charset=\"big5\"><p>关于开展植树活动的通知，请各单位认真落实。</p>";
		Extraction x = new HtmlExtractor().extract(page.getBytes(StandardCharsets.UTF_8), null);
		assertThat(x.encoding()).isEqualTo("UTF-8");
		assertThat(x.text()).contains("植树活动");
	}
}
