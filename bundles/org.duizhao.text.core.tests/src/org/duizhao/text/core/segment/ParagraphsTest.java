package org.duizhao.text.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.TextRange;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

	@Test
	void oneParagraphPerNonBlankLineKeepingIndentation() {
		String text = "关于加强管理的通知\r\n\r\n　　一、总体要求。  \n　　二、𠮷字保留。\n\n";
		List<TextRange> p = Paragraphs.of(text);
		assertThat(p).extracting(r -> r.of(text)).containsExactly("关于加强管理的通知", "　　一、总体要求。", "　　二、𠮷字保留。");
	}

	@Test
	void codePointOffsetsOfParagraphs() {
		String text = "𠮷甲\n乙";
		TextRange second = Paragraphs.of(text).get(1);
		assertThat(second).isEqualTo(new TextRange(4, 5));
		assertThat(CodePoints.toCodePoint(text, second.start())).isEqualTo(3);
	}

	@Test
	void emptyAndBlankTexts() {
		assertThat(Paragraphs.of("")).isEmpty();
		assertThat(Paragraphs.of(" \n　\r\n")).isEmpty();
		assertThat(Paragraphs.of("单行")).containsExactly(new TextRange(0, 2));
	}

	@Test
	void otherLineBreaks() {
		assertThat(Paragraphs.of("甲\r乙\u2029丙")).hasSize(3);
	}

	@Test
	void blankLineBlocks() {
		String text = "第一段第一行\n第一段第二行\n\n第二段\n";
		assertThat(Paragraphs.byBlankLines(text)).extracting(r -> r.of(text))
				.containsExactly("第一段第一行\n第一段第二行", "第二段");
	}
}
