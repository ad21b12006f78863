package org.duizhao.text.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.text.core.TextRange;
import org.junit.jupiter.api.Test;

class SentencesTest {

	private static List<String> sentences(String text) {
		return Sentences.of(text).stream().map(r -> r.of(text)).toList();
	}

	@Test
	void endsAtFullStopsAndSwallowsClosers() {
		assertThat(sentences("他说：“我们去。”大家同意！真的吗？是的……好；完")).containsExactly("他说：“我们去。”", "大家同意！",
				"真的吗？", "是的……", "好；", "完");
	}

	@Test
	void halfWidthEndsOnlyAfterHan() {
		assertThat(sentences("增长了3.5个百分点.下一句!版本v1.2 不断")).containsExactly("增长了3.5个百分点.", "下一句!", "版本v1.2 不断");
	}

	@Test
	void lineBreaksEndSentencesAndWhitespaceIsTrimmed() {
		assertThat(sentences("　　标题\n\n　　第一段没有句号\r\n第二段。")).containsExactly("标题", "第一段没有句号", "第二段。");
	}

	@Test
	void longRunsWithoutStopsAreCutAtCommas() {
		String text = "这是一个很长的分句，".repeat(30);
		List<TextRange> ranges = Sentences.of(text, 40);
		assertThat(ranges).hasSizeGreaterThan(5).allSatisfy(r -> assertThat(r.length()).isLessThanOrEqualTo(50));
		assertThat(ranges.get(0).start()).isZero();
		assertThat(ranges.get(ranges.size() - 1).end()).isEqualTo(text.length());
	}

	@Test
	void surrogatePairsStayWhole() {
		String text = "𠮷野家。𠮷田";
		assertThat(sentences(text)).containsExactly("𠮷野家。", "𠮷田");
	}
}
