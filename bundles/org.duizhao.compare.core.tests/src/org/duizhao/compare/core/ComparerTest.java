package org.duizhao.compare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.NormalizedText;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hand-made cases: small edits, metrics, original offsets through a normalized view, bounded cost,
 * cancel and argument checks.
 */
class ComparerTest {

	private static final String A = "坚持精准扶贫方略。加强东西部协作。巩固脱贫成果！";
	private static final String B = "坚持精准扶贫基本方略。加强东西部协作。巩固脱贫攻坚成果！";

	@Test
	void smallInsertionsAreFineHunks() {
		CompareResult r = TestTexts.compare(A, B);
		assertThat(r.hunks()).extracting(Hunk::type).containsOnly(HunkType.INSERT);
		assertThat(r.hunks()).extracting(h -> h.b().of(B)).containsExactly("基本", "攻坚");
		assertThat(r.metrics().insertedChars()).isEqualTo(4);
		assertThat(r.metrics().changedSentences()).isEqualTo(2);
		assertThat(r.links()).extracting(SentenceLink::kind).containsExactly(SentenceLink.Kind.CHANGED,
				SentenceLink.Kind.EQUAL, SentenceLink.Kind.CHANGED);
		assertThat(Apply.apply(r)).isEqualTo(B);
	}

	@Test
	void similarityCountsSharedCharacters() {
		CompareResult r = TestTexts.compare("甲乙丙丁。", "甲乙丙戊。");
		// 4 of 5 characters shared on each side
		assertThat(r.metrics().similarity()).isEqualTo(0.8);
		assertThat(r.hunks()).singleElement().extracting(Hunk::type).isEqualTo(HunkType.CHANGE);
	}

	@Test
	void wholeSentenceInsertAndDelete() {
		String a = "第一句话很长很长。第二句话也不短。第三句。";
		String b = "第一句话很长很长。第三句。另外新增加的一句话！";
		CompareResult r = Comparer.compare(TestTexts.side(a), TestTexts.side(b),
				CompareOptions.defaults().withGranularity(Granularity.SENTENCE), null);
		assertThat(r.hunks()).extracting(Hunk::type).containsExactly(HunkType.DELETE, HunkType.INSERT);
		assertThat(r.metrics().deletedSentences()).isEqualTo(1);
		assertThat(r.metrics().insertedSentences()).isEqualTo(1);
		assertThat(Apply.apply(r)).isEqualTo(b);
	}

	@Test
	void hunksAreInOriginalOffsetsOfANormalizedView() {
		// the view drops a pinyin gloss and folds a full-width space
		String original = "堅(jiān)持　改革。";
		NormalizedText id = NormalizedText.identity(original);
		NormalizedText view = NormalizedText.Builder.from(id).keep(0).drop(1, 7).keep(7).replace(8, 9, " ")
				.keep(9, 12).build();
		assertThat(view.text()).isEqualTo("堅持 改革。");
		CompareResult r = Comparer.compare(TestTexts.side(view), TestTexts.side("堅持 開放。"));
		Hunk h = r.hunks().get(0);
		assertThat(h.type()).isEqualTo(HunkType.CHANGE);
		assertThat(h.normalizedA()).isEqualTo(new TextRange(3, 5));
		assertThat(h.a()).isEqualTo(new TextRange(9, 11));
		assertThat(h.a().of(original)).isEqualTo("改革");
		assertThat(r.shared().get(0).a()).isEqualTo(new TextRange(0, 9));
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void unrelatedTextsStayCheap() {
		// guard, not a timing claim: disjoint alphabets, 200K characters each
		String a = String.join("", new RandomTexts(7, 200).paragraphs(200_000));
		String b = shift(String.join("", new RandomTexts(8, 200).paragraphs(200_000)));
		CompareResult r = TestTexts.compare(a, b);
		assertThat(r.metrics().similarity()).isLessThan(0.05);
		assertThat(Apply.apply(r)).isEqualTo(b);
	}

	@Test
	void cancelStopsTheComparison() {
		String a = String.join("", new RandomTexts(3, 100).paragraphs(50_000));
		String b = String.join("", new RandomTexts(4, 100).paragraphs(50_000));
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int calls;

			@Override
			public boolean isCanceled() {
				return ++calls > 3;
			}
		};
		assertThatThrownBy(() -> Comparer.compare(TestTexts.side(a), TestTexts.side(b), CompareOptions.defaults(), monitor))
				.isInstanceOf(OperationCanceledException.class);
	}

	@Test
	void emptyTexts() {
		assertThat(TestTexts.compare("", "").metrics().similarity()).isEqualTo(1.0);
		CompareResult r = TestTexts.compare("", "新文本。");
		assertThat(r.hunks()).singleElement().extracting(Hunk::type).isEqualTo(HunkType.INSERT);
		assertThat(r.metrics().similarity()).isZero();
	}

	@Test
	void textWithoutSentencesIsOneUnit() {
		CompareSide a = CompareSide.of(NormalizedText.identity("没有标点的一段文字"), List.of());
		CompareSide b = CompareSide.of(NormalizedText.identity("没有标点的另一段文字"), List.of());
		CompareResult r = Comparer.compare(a, b);
		assertThat(Apply.apply(r)).isEqualTo("没有标点的另一段文字");
		assertThat(r.links()).singleElement().extracting(SentenceLink::kind).isEqualTo(SentenceLink.Kind.CHANGED);
	}

	@Test
	void argumentsAreChecked() {
		CompareSide ok = TestTexts.side("一句。");
		assertThatThrownBy(() -> Comparer.compare(null, ok)).isInstanceOf(NullPointerException.class)
				.hasMessageContaining("a");
		CompareSide outside = CompareSide.of(NormalizedText.identity("一句。"), List.of(new TextRange(0, 9)));
		assertThatThrownBy(() -> Comparer.compare(outside, ok)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("outside");
		CompareSide overlapping = CompareSide.of(NormalizedText.identity("一句。二句。"),
				List.of(new TextRange(0, 4), new TextRange(2, 6)));
		assertThatThrownBy(() -> Comparer.compare(ok, overlapping)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("overlap");
		assertThatThrownBy(() -> Comparer.compare(ok, ok, CompareOptions.defaults().withMinMoveLength(0), null))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Comparer.compare(ok, ok, CompareOptions.defaults().withPairThreshold(1.5), null))
				.isInstanceOf(IllegalArgumentException.class);
	}

	/** Moves every character to another block of CJK so that no character is shared. */
	private static String shift(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().forEach(c -> sb.appendCodePoint(c >= 0x4E00 && c < 0x9000 ? c + 0x0C00 : c));
		return sb.toString();
	}
}
