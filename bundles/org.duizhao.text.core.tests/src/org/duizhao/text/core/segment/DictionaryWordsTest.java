package org.duizhao.text.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DictionaryWordsTest {

	private static List<String> words(String text) {
		return DictionaryWords.of(text).stream().map(r -> r.of(text)).toList();
	}

	@Test
	void frequentWordsWinOverSingleCharacters() {
		assertThat(words("我们要坚持以人民为中心的发展思想。")).containsSubsequence("我们", "坚持", "人民", "中心", "发展",
				"思想").doesNotContain("。");
	}

	@Test
	void everyCharacterOutsidePunctuationIsInOneWordInOrder() {
		String text = "2020年，全面建成小康社会 GDP 增长6.1%";
		List<String> w = words(text);
		assertThat(String.join("", w)).isEqualTo("2020年全面建成小康社会GDP增长61");
		assertThat(w).contains("2020", "GDP", "小康");
	}

	@Test
	void charactersOutsideTheBasicPlaneStayWhole() {
		String text = "𠀀发展𠀁";
		assertThat(words(text)).containsExactly("𠀀", "发展", "𠀁");
	}

	@Test
	void emptyAndPunctuationOnlyTextHaveNoWords() {
		assertThat(DictionaryWords.of("")).isEmpty();
		assertThat(DictionaryWords.of("，。！ ")).isEmpty();
	}
}
