package org.duizhao.analysis.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GramIndexTest {

	private static List<Integer> starts(GramIndex index, String phrase) {
		List<Integer> out = new ArrayList<>();
		index.forEachStart(phrase, out::add);
		out.sort(null);
		return out;
	}

	@Test
	void findsEveryStartIncludingOverlappingOnes() {
		String text = "发展发展发展思想，发展思想";
		GramIndex index = new GramIndex(text, 4);
		assertThat(starts(index, "发展发展")).containsExactly(0, 2);
		assertThat(starts(index, "发展思想")).containsExactly(4, 9);
		assertThat(starts(index, "发展思想的")).isEmpty();
		assertThat(starts(index, "思想发展")).isEmpty();
	}

	/** Against String.indexOf on random text over a small alphabet, so that keys repeat a lot. */
	@Test
	void agreesWithAPlainSearch() {
		Random r = new Random(7);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 5_000; i++) {
			sb.append("发展思想人民中心".charAt(r.nextInt(8)));
		}
		String text = sb.toString();
		for (int key = 2; key <= 4; key++) {
			GramIndex index = new GramIndex(text, key);
			for (int trial = 0; trial < 50; trial++) {
				int at = r.nextInt(text.length() - 8);
				String phrase = text.substring(at, at + key + r.nextInt(4));
				List<Integer> expected = new ArrayList<>();
				for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
					expected.add(i);
				}
				assertThat(starts(index, phrase)).isEqualTo(expected);
			}
		}
	}
}
