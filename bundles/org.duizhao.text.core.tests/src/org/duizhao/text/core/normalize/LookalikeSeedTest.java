package org.duizhao.text.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.duizhao.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The look-alikes found in seed 001 fold in place, and characters that make a word as written
 * never do.
 */
class LookalikeSeedTest {

	private static final EnumSet<NormalizeOption> VARIANTS = EnumSet.of(NormalizeOption.VARIANTS);

	/** Look-alike in seed 001 -> the characters it may stand for there (莋 is 作 in 作风, 做 in 做大). */
	private static final Map<String, String> SEED_001 = Map.ofEntries(Map.entry("財", "才"), Map.entry("囿", "有"),
			Map.entry("玖", "久"), Map.entry("鈈", "不"), Map.entry("絀", "出"), Map.entry("囙", "回"),
			Map.entry("莋", "作做"), Map.entry("夶", "大"), Map.entry("惢", "心"), Map.entry("赱", "走"),
			Map.entry("鋶", "流"), Map.entry("苐", "第"));

	@Test
	void seed001LookalikesFold() {
		String text = TestData.seedText("001");
		NormalizationResult result = Normalizer.standard().normalizeWithFolds(text, VARIANTS, null);
		int found = 0;
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			String expected = SEED_001.get(String.valueOf(text.charAt(i)));
			if (expected == null) {
				continue;
			}
			found++;
			int at = i;
			String to = result.folds().stream().filter(f -> f.original().start() == at).map(Fold::to).findFirst()
					.orElse("");
			if (to.isEmpty() || !expected.contains(to)) {
				missed.add(text.substring(Math.max(0, i - 3), i + 3) + " -> " + to);
			}
		}
		double recall = 1.0 - (double) missed.size() / found;
		System.out.printf("seed 001 look-alikes folded: %d of %d (%.1f %%) %s%n", found - missed.size(), found,
				100 * recall, missed);
		assertThat(found).isGreaterThanOrEqualTo(12);
		assertThat(recall).as("missed %s", missed).isGreaterThanOrEqualTo(0.95);
	}

	@ParameterizedTest
	@CsvSource({ "只有承认落后財能知耻,只有承认落后才能知耻", "我们没囿犹豫,我们没有犹豫", "经验历玖弥新,经验历久弥新", "拿絀项目清单,拿出项目清单",
			"宁夏囙族自治区,宁夏回族自治区", "培育壮夶龙头企业,培育壮大龙头企业", "作交鋶发言,作交流发言", "正中靶惢,正中靶心" })
	void lookalikesFoldInOurOwnSentences(String written, String folded) {
		assertThat(Normalizer.standard().normalize(written, VARIANTS).text()).isEqualTo(folded);
	}

	@ParameterizedTest
	@CsvSource({ "加強財政管理", "人民幣玖佰元整", "囿於成見", "相形見絀", "理財產品", "青岚县人民政府", "发展财富" })
	void wordsAsWrittenNeverFold(String text) {
		assertThat(Normalizer.standard().normalize(text, VARIANTS).text()).isEqualTo(text);
	}
}
