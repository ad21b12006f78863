package org.duizhao.compare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "Compare with base" over three small texts.
 */
class BaseComparisonTest {

	// sentences of at least 12 characters, the shortest passage reported as a move
	private static final String BASE = "各地要切实落实好脱贫攻坚帮扶责任。坚持因地制宜发展产业。加强农村基础设施和公共服务建设。";
	private static final String KEEPS_ALL = BASE;
	private static final String EDITS = "各地要认真切实落实好脱贫攻坚帮扶责任。坚持因地制宜发展特色产业。";
	private static final String REORDERS = "加强农村基础设施和公共服务建设。另起一段新的内容。各地要切实落实好脱贫攻坚帮扶责任。";

	@Test
	void tableHoldsTheFateOfEveryBaseSentence() {
		BaseComparison t = Comparer.compareWithBase(TestTexts.side(BASE),
				List.of(TestTexts.side(KEEPS_ALL), TestTexts.side(EDITS), TestTexts.side(REORDERS)),
				List.of("same", "edited", "reordered"), CompareOptions.defaults(), null);
		assertThat(t.rowCount()).isEqualTo(3);
		assertThat(t.columnCount()).isEqualTo(3);
		assertThat(t.sentenceText(1)).isEqualTo("坚持因地制宜发展产业。");
		assertThat(t.columnName(2)).isEqualTo("reordered");
		for (int row = 0; row < 3; row++) {
			assertThat(t.fate(row, 0)).isEqualTo(new SentenceFate(SentenceFate.Status.KEPT, 1, row));
		}
		assertThat(t.fate(0, 1).status()).isEqualTo(SentenceFate.Status.CHANGED);
		assertThat(t.fate(0, 1).similarity()).isBetween(0.8, 1.0);
		assertThat(t.fate(1, 1).status()).isEqualTo(SentenceFate.Status.CHANGED);
		assertThat(t.fate(2, 1).status()).isEqualTo(SentenceFate.Status.DROPPED);
		assertThat(t.fate(0, 2).status()).isEqualTo(SentenceFate.Status.KEPT);
		assertThat(t.fate(1, 2).status()).isEqualTo(SentenceFate.Status.DROPPED);
		assertThat(t.fate(2, 2).status()).isEqualTo(SentenceFate.Status.KEPT);
		assertThat(t.share(1, SentenceFate.Status.CHANGED)).isEqualTo(2.0 / 3);
		assertThat(t.result(1).metrics().similarity()).isLessThan(1);
	}

	@Test
	void namesMustMatchTheDocuments() {
		assertThatThrownBy(() -> Comparer.compareWithBase(TestTexts.side(BASE), List.of(TestTexts.side(EDITS)),
				List.of(), CompareOptions.defaults(), null)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("1");
	}
}
