package org.duizhao.text.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Held-out accuracy of script folding: cases written for this project (standard traditional,
 * Taiwan and Hong Kong usage), none taken from the dictionaries the tables are made from. A case
 * counts only when the whole simplified text comes out exactly right.
 */
class ScriptHeldOutTest {

	private static final String CASES = "/org/duizhao/text/core/normalize/script-heldout.tsv";
	private static final double TARGET = 0.99;

	@Test
	void heldOutAccuracyReachesTheTarget() throws IOException {
		List<String[]> cases = cases();
		Normalizer normalizer = Normalizer.standard();
		List<String> wrong = new ArrayList<>();
		for (String[] c : cases) {
			String got = normalizer.normalize(c[1], EnumSet.of(NormalizeOption.SCRIPT)).text();
			if (!got.equals(c[2])) {
				wrong.add(c[0] + ' ' + c[1] + " -> " + got + " (expected " + c[2] + ')');
			}
		}
		double accuracy = 1.0 - (double) wrong.size() / cases.size();
		System.out.printf("script folding held-out accuracy: %.1f %% of %d cases%n", 100 * accuracy, cases.size());
		wrong.forEach(w -> System.out.println("  wrong: " + w));
		assertThat(cases).hasSizeGreaterThan(200);
		assertThat(accuracy).as("held-out accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(TARGET);
	}

	@Test
	void taiwanAndHongKongFormsFoldLikeTheStandardOnes() {
		Normalizer normalizer = Normalizer.standard();
		EnumSet<NormalizeOption> script = EnumSet.of(NormalizeOption.SCRIPT);
		String standard = normalizer.normalize("爲了羣衆裏面的衞生", script).text();
		assertThat(normalizer.normalize("為了群眾裡面的衛生", script).text()).isEqualTo(standard);
		assertThat(normalizer.normalize("爲了羣衆裏面的衞生", script).text()).isEqualTo("为了群众里面的卫生");
	}

	private static List<String[]> cases() throws IOException {
		List<String[]> out = new ArrayList<>();
		try (InputStream in = ScriptHeldOutTest.class.getResourceAsStream(CASES)) {
			assertThat(in).as(CASES).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] row = line.split("\t");
				if (!line.startsWith("#") && row.length == 3) {
					out.add(row);
				}
			}
		}
		return out;
	}
}
