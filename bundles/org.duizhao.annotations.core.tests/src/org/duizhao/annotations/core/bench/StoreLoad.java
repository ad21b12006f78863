package org.duizhao.annotations.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;

/**
 * What the store benchmarks share: the same made-up load (100,000 annotations over 1,000 documents
 * and 50 codes, in batches of 10,000) for every backend, and medians of timed runs after a warm-up.
 */
final class StoreLoad {

	static final int DOCUMENTS = 1_000;
	static final int ANNOTATIONS = 100_000;
	static final int CODES = 50;
	private static final int BATCH = 10_000;

	/** Work measured by {@link #median}. */
	interface Work {
		Object run() throws Exception;
	}

	private StoreLoad() {
	}

	/** @return 50 codes, ten top-level ones with four sub-codes each */
	static List<Code> codes(AnnotationStore store) throws IOException {
		List<Code> codes = new ArrayList<>();
		for (int i = 0; i < CODES; i++) {
			codes.add(store.createCode(i < 10 ? null : codes.get(i % 10).id(), "code " + i, null, null, null)); //$NON-NLS-1$
		}
		return codes;
	}

	/** Adds the load; @return the seconds it took */
	static double fill(AnnotationStore store, List<Code> codes, Random random) throws IOException {
		long start = System.nanoTime();
		for (int b = 0; b < ANNOTATIONS / BATCH; b++) {
			List<NewAnnotation> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < BATCH; i++) {
				int n = b * BATCH + i;
				int at = random.nextInt(50_000);
				String exact = "示范段落" + n; //$NON-NLS-1$
				batch.add(new NewAnnotation("doc-" + (n % DOCUMENTS), 1, at, at + exact.length(), //$NON-NLS-1$
						new TextQuote(exact, "前文".repeat(8), "后文".repeat(8)), List.of(codes.get(n % CODES).id()), //$NON-NLS-1$ //$NON-NLS-2$
						n % 10 == 0 ? "备注" + n : null, "coder" + (n % 3))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			store.addAnnotations(batch, null);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** @return the median in milliseconds of {@code runs} timed runs after 20 untimed ones */
	static double median(int runs, Work work) throws Exception {
		for (int i = 0; i < 20; i++) {
			work.run();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			work.run();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		return ms[runs / 2];
	}

	/** Deletes a scratch folder and everything in it. */
	static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
