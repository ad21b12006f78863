package org.duizhao.text.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.duizhao.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Measures look-alike folding. Recall: look-alikes injected at known places into clean texts
 * (the clean simplified samples, and seeds 000 and 002 when present) must fold back to the
 * character they replaced; the look-alikes come from {@code lookalike-injections.tsv} (generated
 * with the tables, see {@code releng/scripts/normalize_lookalikes.py}). Precision: the same clean
 * texts untouched, and the segmentation test text of {@code ../shared/segmentation} (Wikipedia
 * sentences) when present, may get at most one look-alike fold per 10,000 characters. The figures
 * are printed for the README.
 */
class LookalikeMeasureTest {

	private static final String POOL = "/org/duizhao/text/core/normalize/lookalike-injections.tsv";
	/** Also standard characters that do not sound like the one they replace (恸 for 动). */
	private static final String BROAD_POOL = "/org/duizhao/text/core/normalize/lookalike-injections-broad.tsv";
	private static final double BROAD_RECALL_FLOOR = 0.85;
	private static final EnumSet<NormalizeOption> VARIANTS = EnumSet.of(NormalizeOption.VARIANTS);
	private static final double RECALL_TARGET = 0.95;
	private static final double FOLDS_PER_10K_LIMIT = 1.0;
	private static final double RATE = 0.06;

	@Test
	void injectedLookalikesFoldBack() {
		assertThat(recall(POOL, "look-alike recall on injected text")).isGreaterThanOrEqualTo(RECALL_TARGET);
	}

	@Test
	void broaderInjectionsMostlyFoldBack() {
		assertThat(recall(BROAD_POOL, "look-alike recall on broader injections"))
				.isGreaterThanOrEqualTo(BROAD_RECALL_FLOOR);
	}

	private static double recall(String poolResource, String label) {
		Map<Integer, int[]> pool = pool(poolResource);
		Random random = new Random(20261201);
		int injected = 0;
		List<String> missed = new ArrayList<>();
		for (String clean : cleanTexts()) {
			Injection injection = Injection.into(clean, pool, random, RATE);
			NormalizationResult result = Normalizer.standard().normalizeWithFolds(injection.text(), VARIANTS, null);
			Map<Integer, String> folded = new HashMap<>();
			for (Fold f : result.folds()) {
				folded.put(f.original().start(), f.to());
			}
			for (int k = 0; k < injection.positions().size(); k++) {
				int at = injection.positions().get(k);
				String expected = Character.toString(injection.replaced().get(k));
				String view = folded.getOrDefault(at, injection.text().substring(at, injection.text().offsetByCodePoints(at, 1)));
				if (!expected.equals(simplified(view))) {
					missed.add(context(injection.text(), at) + "→" + expected + " (got " + folded.get(at) + ")");
				}
			}
			injected += injection.positions().size();
		}
		double recall = 1.0 - (double) missed.size() / injected;
		System.out.printf("%s: %.1f %% of %d (missed %d)%n", label, 100 * recall, injected, missed.size());
		missed.forEach(m -> System.out.println("  missed: " + m));
		assertThat(injected).isGreaterThan(150);
		return recall;
	}

	@Test
	void cleanTextGetsAlmostNoLookalikeFolds() {
		int characters = 0;
		List<String> folds = new ArrayList<>();
		List<String> texts = new ArrayList<>(cleanTexts());
		texts.addAll(segmentationText());
		for (String clean : texts) {
			characters += clean.codePointCount(0, clean.length());
			for (Fold f : Normalizer.standard().normalizeWithFolds(clean, VARIANTS, null).folds()) {
				if (f.reason() == FoldReason.LOOKALIKE) {
					folds.add(context(clean, f.original().start()) + "→" + f.to());
				}
			}
		}
		double per10k = 10_000.0 * folds.size() / characters;
		System.out.printf("look-alike folds on clean text: %d in %d characters (%.2f per 10,000)%n", folds.size(),
				characters, per10k);
		folds.forEach(f -> System.out.println("  fold: " + f));
		assertThat(per10k).as("folds %s", folds).isLessThanOrEqualTo(FOLDS_PER_10K_LIMIT);
	}

	/**
	 * @return {@code folded} in simplified form, as a comparison that also ignores script sees it
	 *         (縂 folds to 總, which script folding makes 总; 傢 is left to script folding)
	 */
	private static String simplified(String folded) {
		return folded == null ? null : Normalizer.standard().normalize(folded, EnumSet.of(NormalizeOption.SCRIPT)).text();
	}

	/** @return the Wikipedia sentences of the shared segmentation test, without spaces, if present */
	static List<String> segmentationText() {
		try {
			Path file = TestData.seedsDir().resolveSibling("segmentation").resolve("ud-gsdsimp-test.seg.txt");
			return Files.isRegularFile(file) ? List.of(read(file).replace(" ", "")) : List.of();
		} catch (org.opentest4j.TestAbortedException absent) {
			return List.of();
		}
	}

	/**
	 * @return the clean simplified texts: samples always (not 06 and 08, which hold look-alikes on
	 *         purpose), seeds 000 and 002 when present
	 */
	static List<String> cleanTexts() {
		List<String> texts = new ArrayList<>();
		for (String name : List.of("01-province-decision.txt", "03-jiangsu-workplan-bom.txt", "04-speech-news.txt")) {
			texts.add(read(TestData.sample(name)).replace("\uFEFF", ""));
		}
		for (String seed : List.of("000", "002")) {
			try {
				texts.add(TestData.seedText(seed));
			} catch (org.opentest4j.TestAbortedException absent) {
				// seeds are optional: measure on the samples alone
			}
		}
		return texts;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String context(String text, int at) {
		return text.substring(Math.max(0, at - 3), Math.min(text.length(), at + 4)).replace('\n', ' ');
	}

	/** @return common code point to the look-alikes that may replace it */
	static Map<Integer, int[]> pool(String resource) {
		Map<Integer, int[]> pool = new HashMap<>();
		try (InputStream in = LookalikeMeasureTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] row = line.split("\t");
				if (!line.startsWith("#") && row.length == 2) {
					pool.put(row[0].codePointAt(0), row[1].codePoints().toArray());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pool;
	}
}
