package org.duizhao.text.core.normalize;

import org.duizhao.testing.TestData;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * Not a test: prints how long normalizing about one million characters (seed text repeated)
 * with every option takes, median of five runs after a warm-up. Run with the seeds available.
 */
public final class NormalizeBenchmark {

	private NormalizeBenchmark() {
	}

	public static void main(String[] args) {
		StringBuilder seeds = new StringBuilder();
		for (String seed : new String[] { "000", "001", "002", "003", "004" }) {
			seeds.append(TestData.seedText(seed));
		}
		StringBuilder text = new StringBuilder(1_100_000);
		while (text.length() < 1_000_000) {
			text.append(seeds);
		}
		String original = text.substring(0, 1_000_000);
		Normalizer normalizer = Normalizer.standard();
		EnumSet<NormalizeOption> all = EnumSet.allOf(NormalizeOption.class);
		long load = System.nanoTime();
		normalizer.normalize(original, all); // warm-up, loads the tables
		System.out.printf("first run (tables loading): %d ms%n", (System.nanoTime() - load) / 1_000_000);
		long[] runs = new long[5];
		int length = 0;
		for (int i = 0; i < runs.length; i++) {
			long start = System.nanoTime();
			length = normalizer.normalize(original, all).length();
			runs[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(runs);
		System.out.printf("1,000,000 chars -> %d chars, all options: median %d ms (runs %s)%n", length, runs[2],
				Arrays.toString(runs));
	}
}
