package org.duizhao.text.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTest {

	@Test
	void dictionaryWordsWithoutPunctuation() {
		String text = "我们要坚决打赢脱贫攻坚战。";
		List<String> words = Words.of(text).stream().map(r -> r.of(text)).toList();
		assertThat(words).contains("我们", "坚决").doesNotContain("。");
		assertThat(String.join("", words)).isEqualTo("我们要坚决打赢脱贫攻坚战");
	}

	@Test
	void emptyTextHasNoWords() {
		assertThat(Words.of("")).isEmpty();
	}
}
