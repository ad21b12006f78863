package org.duizhao.annotations.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;

/**
 * Benchmark of the embedded store (not a unit test; {@code releng/scripts/bench-annotations.sh}):
 * 100,000 annotations over 1,000 documents with 50 codes in a fresh annotations.db. Measures the
 * bulk insert (annotations per second, in batches of 10,000, each one transaction), loading one
 * document's annotations and querying by code (medians over many random documents and codes, after
 * a warm-up), and prints them against the targets of the annotate issue.
 */
public final class StoreBenchmark {

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 101;
		Path folder = Files.createTempDirectory("duizhao-bench-store"); //$NON-NLS-1$
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			List<Code> codes = StoreLoad.codes(store);
			Random random = new Random(42);
			double seconds = StoreLoad.fill(store, codes, random);
			System.out.printf(Locale.ROOT, "bulk insert: %,d annotations in %.2f s = %,.0f per second (target >= 20,000)%n", //$NON-NLS-1$
					StoreLoad.ANNOTATIONS, seconds, StoreLoad.ANNOTATIONS / seconds);
			double doc = StoreLoad.median(runs,
					() -> store.annotations(AnnotationQuery.document("doc-" + random.nextInt(StoreLoad.DOCUMENTS)))); //$NON-NLS-1$
			System.out.printf(Locale.ROOT, "one document's annotations (~100): median %.2f ms (target <= 20)%n", doc); //$NON-NLS-1$
			double byCode = StoreLoad.median(runs, () -> store
					.annotations(AnnotationQuery.codes(Set.of(codes.get(random.nextInt(StoreLoad.CODES)).id()))));
			System.out.printf(Locale.ROOT, "query by code (~2,000 of 100,000): median %.2f ms (target <= 100)%n", byCode); //$NON-NLS-1$
			System.out.printf(Locale.ROOT, "database: %,d bytes%n", Files.size(folder.resolve(AnnotationStores.FILE_NAME))); //$NON-NLS-1$
		} finally {
			StoreLoad.delete(folder);
		}
	}
}
