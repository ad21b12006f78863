package org.duizhao.annotations.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;

/**
 * Benchmark of the embedded store (not a unit test; {@code releng/scripts/bench-annotations.sh}):
 * 100,000 annotations over 1,000 documents with 50 codes in a fresh annotations.db. Measures the
 * bulk insert (annotations per second, in batches of 10,000, each one transaction), loading one
 * document's annotations and querying by code (medians over many random documents and codes, after
 * a warm-up), and prints them against the targets of the annotate issue.
 */
public final class StoreBenchmark {

	private static final int DOCUMENTS = 1_000;
	private static final int ANNOTATIONS = 100_000;
	private static final int CODES = 50;
	private static final int BATCH = 10_000;

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 101;
		Path folder = Files.createTempDirectory("duizhao-bench-store"); //$NON-NLS-1$
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			List<Code> codes = new ArrayList<>();
			for (int i = 0; i < CODES; i++) {
				codes.add(store.createCode(i < 10 ? null : codes.get(i % 10).id(), "code " + i, null, null, null)); //$NON-NLS-1$
			}
			Random random = new Random(42);
			double insertSeconds = insert(store, codes, random);
			System.out.printf(Locale.ROOT, "bulk insert: %,d annotations in %.2f s = %,.0f per second (target >= 20,000)%n", //$NON-NLS-1$
					ANNOTATIONS, insertSeconds, ANNOTATIONS / insertSeconds);
			double doc = median(runs, () -> store.annotations(AnnotationQuery.document("doc-" + random.nextInt(DOCUMENTS)))); //$NON-NLS-1$
			System.out.printf(Locale.ROOT, "one document's annotations (~100): median %.2f ms (target <= 20)%n", doc); //$NON-NLS-1$
			double byCode = median(runs, () -> store.annotations(AnnotationQuery.codes(Set.of(codes.get(random.nextInt(CODES)).id()))));
			System.out.printf(Locale.ROOT, "query by code (~2,000 of 100,000): median %.2f ms (target <= 100)%n", byCode); //$NON-NLS-1$
			System.out.printf(Locale.ROOT, "database: %,d bytes%n", Files.size(folder.resolve(AnnotationStores.FILE_NAME))); //$NON-NLS-1$
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static double insert(AnnotationStore store, List<Code> codes, Random random) throws Exception {
		long start = System.nanoTime();
		for (int b = 0; b < ANNOTATIONS / BATCH; b++) {
			List<NewAnnotation> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < BATCH; i++) {
				int n = b * BATCH + i;
				int at = random.nextInt(50_000);
				String exact = "示范段落" + n; //$NON-NLS-1$
				List<String> ids = List.of(codes.get(n % CODES).id());
				batch.add(new NewAnnotation("doc-" + (n % DOCUMENTS), 1, at, at + exact.length(), //$NON-NLS-1$
						new TextQuote(exact, "前文".repeat(8), "后文".repeat(8)), ids, n % 10 == 0 ? "备注" + n : null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"coder" + (n % 3))); //$NON-NLS-1$
			}
			store.addAnnotations(batch, null);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** Work measured by {@link #median}. */
	private interface Work {
		Object run() throws Exception;
	}

	private static double median(int runs, Work work) throws Exception {
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
}
