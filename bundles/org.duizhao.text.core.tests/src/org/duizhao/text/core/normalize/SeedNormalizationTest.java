package org.duizhao.text.core.normalize;

import org.duizhao.testing.TestData;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.duizhao.text.core.TextRange;
import org.junit.jupiter.api.Test;

/** The seed texts (read from disk, skipped when absent): what their noise must turn into. */
class SeedNormalizationTest {

	private static final Normalizer NORMALIZER = Normalizer.standard();
	private static final Pattern GLOSS = Pattern.compile("[(（][a-zü ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]");

	@Test
	void glossesAreGoneFromTheView() {
		for (String seed : List.of("003", "004")) {
			String text = TestData.seedText(seed);
			assertThat(GLOSS.matcher(text).find()).as("seed %s has glosses", seed).isTrue();
			NormalizedText view = NORMALIZER.normalize(text, EnumSet.of(NormalizeOption.PINYIN));
			assertThat(GLOSS.matcher(view.text()).find()).as("gloss left in %s", seed).isFalse();
			NormalizedTextPropertyTest.assertExactMap(view);
		}
	}

	@Test
	void damageIsFoundIn004() {
		String text = TestData.seedText("004");
		List<TextRange> damaged = NORMALIZER.marks(text).damaged();
		assertThat(damaged).isNotEmpty().allSatisfy(r -> assertThat(r.of(text)).matches("[?\uFFFD]+"));
	}

	@Test
	void boilerplateAtHeadsAndTails() {
		for (String seed : List.of("001", "003", "004")) {
			String text = TestData.seedText(seed);
			List<BoilerplateMark> marks = NORMALIZER.marks(text).boilerplate();
			assertThat(marks).as("boilerplate in %s", seed).isNotEmpty();
			int head = text.length() / 10;
			int tail = text.length() - text.length() / 10;
			assertThat(marks).as("head or tail of %s", seed)
					.anyMatch(m -> m.range().end() <= head || m.range().start() >= tail);
		}
		String text = TestData.seedText("003");
		assertThat(NORMALIZER.marks(text).boilerplate().get(0).range().start()).isZero();
	}

	@Test
	void lookalikeIn001FoldsToTheCommonCharacter() {
		String text = TestData.seedText("001");
		int at = text.indexOf('苐');
		assertThat(at).isNotNegative();
		NormalizationResult result = NORMALIZER.normalizeWithFolds(text, EnumSet.of(NormalizeOption.VARIANTS), null);
		assertThat(result.text().text()).doesNotContain("苐");
		assertThat(result.folds()).anySatisfy(f -> {
			assertThat(f.original().start()).isEqualTo(at);
			assertThat(f.to()).isEqualTo("第");
		});
	}

	@Test
	void simplifiedAndTraditionalSeedsShareLongPassages() {
		Set<NormalizeOption> ignore = EnumSet.of(NormalizeOption.SCRIPT, NormalizeOption.PINYIN,
				NormalizeOption.WHITESPACE, NormalizeOption.PUNCTUATION, NormalizeOption.WIDTH);
		String a = NORMALIZER.normalize(TestData.seedText("000"), ignore).text();
		String b = NORMALIZER.normalize(TestData.seedText("003"), ignore).text();
		Set<String> shared = grams(a, 12);
		shared.retainAll(grams(b, 12));
		assertThat(shared.size()).as("shared 12-grams").isGreaterThanOrEqualTo(5);
	}

	private static Set<String> grams(String text, int n) {
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + n <= text.length(); i++) {
			grams.add(text.substring(i, i + n));
		}
		return grams;
	}
}
