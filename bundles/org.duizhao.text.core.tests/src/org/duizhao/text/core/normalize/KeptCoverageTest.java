package org.duizhao.text.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The view covers exactly what was kept: dropped glosses and whitespace are nowhere in the map. */
class KeptCoverageTest {

	@Test
	void droppedRangesAreNotCoveredAndKeptOnesAre() {
		String original = "攻堅(jiān)戰　𠮷 ，好";
		NormalizedText view = Normalizer.standard().normalize(original,
				EnumSet.of(NormalizeOption.PINYIN, NormalizeOption.WHITESPACE, NormalizeOption.WIDTH));
		assertThat(view.text()).isEqualTo("攻堅戰𠮷,好");
		BitSet covered = new BitSet();
		for (int i = 0; i < view.length(); i++) {
			covered.set(view.originalStart(i), view.originalEnd(i));
		}
		BitSet expected = new BitSet();
		expected.set(0, 2); // 攻堅
		expected.set(8, 9); // 戰
		expected.set(10, 12); // 𠮷
		expected.set(13, 15); // ，好
		assertThat(covered).isEqualTo(expected);
		assertThat(view.toOriginal(3, 5)).containsExactly(10, 12);
	}

	@Test
	void emptyOptionSetIsTheIdentity() {
		String original = "　Ａ 乾淨(gān)\n";
		assertThat(Normalizer.standard().normalize(original, EnumSet.noneOf(NormalizeOption.class)).text())
				.isEqualTo(original);
	}
}
