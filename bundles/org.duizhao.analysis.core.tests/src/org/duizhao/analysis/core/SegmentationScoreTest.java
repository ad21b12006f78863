package org.duizhao.analysis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.testing.TestData;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.segment.DictionaryWords;
import org.duizhao.text.core.segment.Words;
import org.junit.jupiter.api.Test;

class SegmentationScoreTest {

	@Test
	void scoresSpansNotBoundaries() {
		// reference 我们/坚持/发展；segmenter 我们/坚/持发展: one of three words right
		SegmentationScore s = SegmentationScore.of(List.of("我们 坚持 发展"),
				text -> List.of(new TextRange(0, 2), new TextRange(2, 3), new TextRange(3, 6)));
		assertThat(s.gold()).isEqualTo(3);
		assertThat(s.found()).isEqualTo(3);
		assertThat(s.correct()).isEqualTo(1);
		assertThat(s.f1()).isCloseTo(1 / 3.0, within(1e-9));
	}

	@Test
	void uncoveredCharactersCountAsWords() {
		SegmentationScore s = SegmentationScore.of(List.of("发展 ， 思想"), text -> new ArrayList<>(
				List.of(new TextRange(0, 2), new TextRange(3, 5))));
		assertThat(s.correct()).isEqualTo(3);
	}

	/** The baseline the project's segmenter is measured against: ICU's dictionary word breaker. */
	@Test
	void icuBaselineOnTheSegmentedTestSet() throws IOException {
		List<String> lines = Files.readAllLines(TestData.segmentationSet(), StandardCharsets.UTF_8);
		SegmentationScore icu = SegmentationScore.of(lines, Words::of);
		System.out.printf("segmentation (UD GSDSimp test, %d words): ICU P=%.3f R=%.3f F1=%.3f%n", icu.gold(),
				icu.precision(), icu.recall(), icu.f1());
		assertThat(icu.f1()).isBetween(0.70, 0.90);
	}

	/**
	 * The segmenter the analysis uses: the most probable path through jieba's word list. Its two
	 * constants were chosen on the even-numbered sentences; the odd ones are held out.
	 */
	@Test
	void dictionarySegmenterBeatsTheBaseline() throws IOException {
		List<String> lines = Files.readAllLines(TestData.segmentationSet(), StandardCharsets.UTF_8).stream()
				.filter(l -> !l.isBlank()).toList();
		SegmentationScore icu = SegmentationScore.of(lines, Words::of);
		SegmentationScore all = SegmentationScore.of(lines, DictionaryWords::of);
		List<String> heldOut = new ArrayList<>();
		for (int i = 1; i < lines.size(); i += 2) {
			heldOut.add(lines.get(i));
		}
		SegmentationScore odd = SegmentationScore.of(heldOut, DictionaryWords::of);
		System.out.printf("segmentation (UD GSDSimp test): jieba word list P=%.3f R=%.3f F1=%.3f, held-out half F1=%.3f%n",
				all.precision(), all.recall(), all.f1(), odd.f1());
		assertThat(all.f1()).isGreaterThan(icu.f1() + 0.02);
		assertThat(odd.f1()).isGreaterThan(icu.f1() + 0.02);
	}
}
