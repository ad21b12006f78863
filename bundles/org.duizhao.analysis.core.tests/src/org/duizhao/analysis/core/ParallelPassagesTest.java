package org.duizhao.analysis.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.duizhao.testing.RandomHan;
import org.duizhao.testing.TestData;
import org.duizhao.text.core.normalize.Normalizer;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ParallelPassagesTest {

	private static final ParallelPassages PASSAGES = new ParallelPassages(Normalizer.standard());

	private static List<ParallelPassage> find(String a, String b) {
		return PASSAGES.find(a, b, SharedFormulas.DEFAULT_IGNORE, ParallelPassages.DEFAULT_MIN_SCORE,
				ParallelPassages.DEFAULT_MIN_LENGTH, null);
	}

	private record Planted(int startA, int endA, int startB, int endB) {
	}

	@RepeatedTest(20)
	void findsPlantedReusedAndRewordedPassagesInAnyOrder(RepetitionInfo info) {
		Random r = new Random(info.getCurrentRepetition());
		String[] paragraphs = { RandomHan.sentences(r, 90), RandomHan.sentences(r, 150), RandomHan.sentences(r, 60) };
		String[] inB = { paragraphs[0], RandomHan.reword(r, paragraphs[1]), RandomHan.reword(r, paragraphs[2]) };
		StringBuilder a = new StringBuilder();
		StringBuilder b = new StringBuilder();
		List<Planted> planted = new ArrayList<>();
		int[][] at = new int[3][];
		for (int k = 0; k < 3; k++) {
			a.append(RandomHan.filler(r, 200 + r.nextInt(300))).append("\n");
			at[k] = new int[] { a.length(), a.append(paragraphs[k]).length() };
			a.append("\n");
		}
		a.append(RandomHan.filler(r, 300));
		for (int k = 2; k >= 0; k--) { // reversed order in B
			b.append(RandomHan.filler(r, 200 + r.nextInt(300))).append("\n");
			int start = b.length();
			b.append(inB[k]);
			planted.add(new Planted(at[k][0], at[k][1], start, b.length()));
			b.append("\n");
		}
		b.append(RandomHan.filler(r, 300));
		List<ParallelPassage> found = find(a.toString(), b.toString());
		for (Planted p : planted) {
			assertThat(found).as("planted %s in %s", p, found).anySatisfy(f -> {
				assertThat(covered(f.a(), p.startA(), p.endA())).isGreaterThan(0.8);
				assertThat(covered(f.b(), p.startB(), p.endB())).isGreaterThan(0.8);
			});
		}
		for (ParallelPassage f : found) {
			assertThat(planted).as("spurious %s", f).anySatisfy(p -> assertThat(covered(f.a(), p.startA(), p.endA())
					+ covered(f.b(), p.startB(), p.endB())).isGreaterThan(0.5));
			assertThat(f.score()).isBetween(ParallelPassages.DEFAULT_MIN_SCORE, 1.0);
		}
	}

	/** @return how much of planted range [start, end) the span covers (texts here are BMP-only) */
	private static double covered(Span s, int start, int end) {
		int common = Math.min(s.end(), end) - Math.max(s.start(), start);
		return common <= 0 ? 0 : common / (double) (end - start);
	}

	@Test
	void anIdenticalCopyScoresOneAndPointsAtTheOriginals() {
		String p = "坚持精准扶贫精准脱贫基本方略，集中力量攻克贫困的难中之难、坚中之坚，確保高質量完成脫貧攻堅目標任務。";
		String a = "前言部分说明了背景情况和主要任务安排。" + p + "其他内容与此无关。";
		String b = "𠮷" + p.replace("精准扶贫", "精準扶貧") + "结尾";
		List<ParallelPassage> found = find(a, b);
		assertThat(found).hasSize(1);
		ParallelPassage f = found.get(0);
		assertThat(f.score()).isEqualTo(1.0);
		assertThat(a.substring(f.a().start(), f.a().end())).startsWith("坚持精准扶贫").endsWith("目標任務");
		int s = b.offsetByCodePoints(0, f.b().start());
		assertThat(f.b().start()).isEqualTo(1);
		assertThat(b.substring(s, b.offsetByCodePoints(0, f.b().end()))).startsWith("坚持精準扶貧");
	}

	/** Stock wording alone (习近平总书记重要讲话重要指示批示精神) is what every text says, not reuse. */
	@Test
	void stockWordingAloneIsNoPassage() {
		String stock = "习近平总书记重要讲话重要指示批示精神";
		String a = "今年以来全市上下认真学习" + stock + "，推进山区茶叶产业提质增效。";
		String b = "会议强调要把" + stock + "转化为实际行动，抓好秋冬季森林防火各项工作。";
		assertThat(find(a, b)).isEmpty();
		// the same sentence with content around it is still a passage
		String shared = "推进山区茶叶产业提质增效，带动沿海渔民转产转业，" + stock;
		assertThat(find("前面的内容。" + shared + "。后面", "别的开头。" + shared + "。结尾")).hasSize(1);
	}

	@Test
	void seedsFujianAndGansuHaveParallelPassages() {
		List<ParallelPassage> found = PASSAGES.find(TestData.seedText("000"), TestData.seedText("001"),
				SharedFormulas.DEFAULT_IGNORE, 0.4, ParallelPassages.DEFAULT_MIN_LENGTH, null);
		assertThat(found).isNotEmpty();
	}
}
