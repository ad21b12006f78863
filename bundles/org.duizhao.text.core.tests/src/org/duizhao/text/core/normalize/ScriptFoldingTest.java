package org.duizhao.text.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Traditional/simplified folding, with the characters whose conversion depends on the word. */
class ScriptFoldingTest {

	private static final Normalizer SIMPLIFIED = Normalizer.standard();
	private static final Normalizer TRADITIONAL = Normalizer.builder().target(ScriptTarget.TRADITIONAL).build();

	@ParameterizedTest
	@CsvSource({ "屋裡很乾淨,屋里很干净", "乾隆年間,乾隆年间", "餅乾好吃,饼干好吃", "他看著我,他看着我", "著名作家的著作,著名作家的著作",
			"藉口太多,借口太多", "憑藉努力,凭借努力", "慰藉,慰藉", "為什麼,为什么", "以後再說,以后再说", "皇后,皇后", "頭髮白了,头发白了",
			"發展經濟,发展经济", "顯著成效,显著成效" })
	void traditionalToSimplified(String traditional, String simplified) {
		assertThat(SIMPLIFIED.normalize(traditional, EnumSet.of(NormalizeOption.SCRIPT)).text()).isEqualTo(simplified);
	}

	@ParameterizedTest
	@CsvSource({ "屋里很干净,屋裏很乾淨", "干部,幹部", "头发,頭髮", "发展,發展", "以后,以後", "什么,什麼" })
	void simplifiedToTraditional(String simplified, String traditional) {
		assertThat(TRADITIONAL.normalize(simplified, EnumSet.of(NormalizeOption.SCRIPT)).text()).isEqualTo(traditional);
	}

	@Test
	void bothScriptsMeetInTheTraditionalTarget() {
		EnumSet<NormalizeOption> script = EnumSet.of(NormalizeOption.SCRIPT);
		assertThat(TRADITIONAL.normalize("為了這裡", script).text())
				.isEqualTo(TRADITIONAL.normalize("为了这里", script).text());
	}

	@Test
	void eachCharacterMapsBackToItsOwnOriginal() {
		String original = "𠮷乾淨了";
		NormalizedText view = SIMPLIFIED.normalize(original, EnumSet.of(NormalizeOption.SCRIPT));
		assertThat(view.text()).isEqualTo("𠮷干净了");
		assertThat(view.toOriginal(2, 3)).containsExactly(2, 3);
		assertThat(view.toOriginal(3, 4)).containsExactly(3, 4);
		NormalizedTextPropertyTest.assertExactMap(view);
	}

	@Test
	void scriptFoldsAreReported() {
		NormalizationResult result = SIMPLIFIED.normalizeWithFolds("頭髮", EnumSet.of(NormalizeOption.SCRIPT), null);
		assertThat(result.folds()).extracting(Fold::from, Fold::to)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("頭", "头"), org.assertj.core.groups.Tuple.tuple("髮", "发"));
	}
}
