package org.duizhao.corpus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class MarkdownExtractorTest {

	@Test
	void stripsSyntaxAndKeepsHeadings() throws Exception {
		String md = "# 工作要点\n\n本年度重点是**农村道路**建设，详见[附件](http://example.org/a)。\n\n"
				+ "## 一、目标\n\n- 新建道路\n- 维修桥梁 `B-2`\n\n> 引用的一句话\n\n---\n\n```\n代码 *不变*\n```\n\n小结\n===\n";
		Extraction x = new MarkdownExtractor().extract(md.getBytes(StandardCharsets.UTF_8), null);
		assertThat(x.title()).isEqualTo("工作要点");
		assertThat(x.structure().paragraphs()).extracting(r -> r.of(x.text())).containsExactly("工作要点",
				"本年度重点是农村道路建设，详见附件。", "一、目标", "新建道路", "维修桥梁 B-2", "引用的一句话", "代码 *不变*", "小结");
		assertThat(x.structure().headings()).extracting(h -> h.level() + ":" + h.range().of(x.text()))
				.containsExactly("1:工作要点", "2:一、目标", "1:小结");
	}

	@Test
	void closingHashesAndNestedEmphasisStillGo() throws Exception {
		String md = "## 标题 ##\n***重点*** 与 `代码` 和 **粗体 *斜体* 粗体**\n";
		Extraction x = new MarkdownExtractor().extract(md.getBytes(StandardCharsets.UTF_8), null);
		assertThat(x.text()).isEqualTo("标题\n重点 与 代码 和 粗体 斜体 粗体\n");
	}

	/**
	 * Issue 10: a 300 KB line of "[" ran past 120 s (time grew with the square of the line). The
	 * bound is a hang guard, not a benchmark: linear stripping takes milliseconds.
	 */
	@Test
	void hostileLongLinesFinish() {
		String[] units = { "[", "![", "[a](", "<a", "*a ", "**a ", "_a ", "`a ", "# a#", "~~a ", "[a]" };
		for (String unit : units) {
			String line = unit.repeat(300_000 / unit.length());
			byte[] bytes = ("# " + line + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
			Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(30),
					() -> new MarkdownExtractor().extract(bytes, null), unit);
			assertThat(x.structure().paragraphs()).as(unit).hasSize(2);
		}
	}
}
