package org.duizhao.compare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.compare.core.bench.MyersRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/**
 * Texts that repeat whole paragraphs, as real corpora repeat boilerplate: the edit count (characters
 * of A and B touched by hunks, moves as delete + insert) stays near the minimal one, which
 * java-diff-utils' Myers over the characters gives on these small inputs.
 */
class RepeatedTextTest {

	private static final String HEADING = "三、确保高质量完成目标任务\n";

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void editedPassageIsNotCutAtARepeatedHeading(int seed) {
		// every sentence of the passage carries an edit, so the heading is its only equal sentence;
		// B has the heading before the passage as well as after it
		RandomTexts gen = new RandomTexts(seed, 200);
		String before = gen.paragraph();
		String after = gen.paragraph();
		List<String> sentences = new ArrayList<>();
		for (int k = 0; k < 12; k++) {
			sentences.add(gen.sentence());
		}
		StringBuilder edited = new StringBuilder();
		for (String s : sentences) {
			edited.append(gen.editChars(s.substring(0, s.length() - 1), 1)).append(s.charAt(s.length() - 1));
		}
		String passage = String.join("", sentences) + "\n";
		String a = before + passage + HEADING + after;
		String b = before + HEADING + edited + "\n" + HEADING + after;
		assertNearMinimal(a, b, 1.05);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6 })
	void shuffledRoundsOfParagraphsStayNearMinimal(int seed) {
		// a handful of paragraphs repeated in shuffled rounds: few sentences are unique anywhere, and
		// a greedy walk to the nearest shared run can follow a wrong copy (up to 7.8 times the
		// minimal edits before the nested backbone and the window re-diff)
		RandomTexts gen = new RandomTexts(seed, 300);
		List<String> pool = gen.paragraphs(1200);
		List<String> ps = new ArrayList<>();
		for (int round = 0; round < 6; round++) {
			ps.addAll(gen.shuffle(pool));
		}
		String a = String.join("", ps);
		String b = gen.editChars(String.join("", gen.editStructure(ps, 6, 2)), a.length() / 60);
		assertNearMinimal(a, b, 1.5);
	}

	private static void assertNearMinimal(String a, String b, double factor) {
		CompareResult r = TestTexts.compare(a, b);
		ComparerPropertyTest.assertValid(r, a, b);
		assertThat(Apply.apply(r)).isEqualTo(b);
		long minimal = MyersRun.minimalEdits(a, b);
		assertThat(edits(r)).as("edits against minimal %d", minimal).isLessThanOrEqualTo((long) (minimal * factor) + 4);
	}

	private static long edits(CompareResult r) {
		long n = 0;
		for (Hunk h : r.hunks()) {
			n += h.normalizedA().length() + h.normalizedB().length();
		}
		return n;
	}


}
