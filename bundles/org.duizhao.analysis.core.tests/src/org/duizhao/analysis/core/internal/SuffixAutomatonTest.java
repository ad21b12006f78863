package org.duizhao.analysis.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class SuffixAutomatonTest {

	private static String random(Random r, int n, String alphabet) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < n; i++) {
			sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
		}
		return sb.toString();
	}

	@RepeatedTest(200)
	void matchLengthsEqualBruteForce(RepetitionInfo info) {
		Random r = new Random(info.getCurrentRepetition());
		String a = random(r, 1 + r.nextInt(60), "发展思想人民");
		String b = random(r, 1 + r.nextInt(60), "发展思想人民|");
		SuffixAutomaton sam = new SuffixAutomaton(a);
		int[] ends = new int[b.length()];
		int[] lengths = sam.matchLengths(b, i -> b.charAt(i) == '|', ends);
		for (int i = 0; i < b.length(); i++) {
			int expected = 0;
			for (int len = 1; len <= i + 1; len++) {
				String s = b.substring(i + 1 - len, i + 1);
				if (s.indexOf('|') >= 0 || !a.contains(s)) {
					break;
				}
				expected = len;
			}
			assertThat(lengths[i]).as("position %d of %s in %s", i, b, a).isEqualTo(expected);
			if (expected > 0) {
				assertThat(a.substring(ends[i] + 1 - expected, ends[i] + 1)).isEqualTo(b.substring(i + 1 - expected, i + 1));
			}
		}
		assertThat(sam.states()).isLessThanOrEqualTo(Math.max(2, 2 * a.length()));
	}

	@Test
	void largeAlphabetStaysLinear() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 200_000; i++) {
			sb.append((char) (0x4E00 + (i * 7919) % 20_000));
		}
		SuffixAutomaton sam = new SuffixAutomaton(sb);
		assertThat(sam.states()).isLessThanOrEqualTo(400_000);
		int[] lengths = sam.matchLengths(sb.substring(1000, 1100), i -> false, null);
		assertThat(lengths[99]).isEqualTo(100);
	}
}
