package org.duizhao.analysis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeynessTest {

	@Test
	void g2MatchesAHandComputedValue() {
		// a=10 of 1000, b=2 of 1000: E=6 each; G2 = 2(10 ln(10/6) + 2 ln(2/6)) = 5.822
		assertThat(Keyness.g2(10, 1000, 2, 1000)).isCloseTo(5.822, within(0.001));
		assertThat(Keyness.g2(5, 100, 5, 100)).isCloseTo(0, within(1e-12));
		assertThat(Keyness.g2(0, 0, 0, 0)).isZero();
	}

	@Test
	void listsWordsOverRepresentedInTheFirstText() {
		String a = "产业扶贫。产业扶贫。产业扶贫。产业扶贫。产业扶贫。产业扶贫。教育扶贫。生态保护。";
		String b = "教育扶贫。教育扶贫。教育扶贫。教育扶贫。教育扶贫。教育扶贫。产业扶贫。生态保护。";
		Keyness.Counts ca = new Keyness.Counts().add(a);
		Keyness.Counts cb = new Keyness.Counts().add(b);
		List<Keyword> inA = Keyness.overRepresented(ca, cb, 0.5, 1);
		List<Keyword> inB = Keyness.overRepresented(cb, ca, 0.5, 1);
		assertThat(inA).extracting(Keyword::word).contains("产业").doesNotContain("教育", "扶贫", "生态");
		assertThat(inB).extracting(Keyword::word).contains("教育").doesNotContain("产业");
		Keyword k = inA.stream().filter(x -> x.word().equals("产业")).findFirst().orElseThrow();
		assertThat(k.countA()).isEqualTo(6);
		assertThat(k.countB()).isEqualTo(1);
		assertThat(k.perMillionA()).isGreaterThan(k.perMillionB());
	}
}
