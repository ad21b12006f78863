package org.duizhao.compare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The natural comparisons of the seed texts (read from disk, skipped when absent): hunks valid and
 * rebuilding B, identical texts equal, an edited copy similar.
 */
class SeedComparisonTest {

	@Test
	void naturalPairsRebuildB() {
		List<String> seeds = Seeds.texts(Seeds.require());
		int[][] pairs = { { 1, 0 }, { 4, 2 }, { 0, 3 } };
		for (int[] p : pairs) {
			String a = seeds.get(p[0]);
			String b = seeds.get(p[1]);
			CompareResult r = TestTexts.compare(a, b);
			ComparerPropertyTest.assertValid(r, a, b);
			assertThat(Apply.apply(r)).isEqualTo(b);
			assertThat(r.metrics().similarity()).isLessThan(0.9);
		}
	}

	@Test
	void editedCopyIsSimilarAndIdenticalIsEqual() {
		List<String> seeds = Seeds.texts(Seeds.require());
		for (String a : seeds) {
			assertThat(TestTexts.compare(a, a).hunks()).isEmpty();
			String b = new RandomTexts(a.length(), 100).editChars(a, a.length() / 100);
			CompareResult r = TestTexts.compare(a, b);
			assertThat(Apply.apply(r)).isEqualTo(b);
			assertThat(r.metrics().similarity()).isGreaterThan(0.95);
		}
	}
}
