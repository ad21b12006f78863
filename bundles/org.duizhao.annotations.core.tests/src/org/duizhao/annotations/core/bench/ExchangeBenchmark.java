package org.duizhao.annotations.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.exchange.AnnotationExchange;
import org.duizhao.annotations.core.exchange.ExchangeFormat;
import org.duizhao.annotations.core.exchange.ImportResult;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.CodePoints;

/**
 * Benchmark of annotation exchange on the embedded SQLite store: a generated project of
 * {@code documents} texts (about 2,000 characters each, with characters outside the BMP) and
 * {@code perDocument} annotations on each (20 codes in two levels, three coders, a memo on every
 * fifth), exported as W3C, REFI-QDA and CSV, and imported again (W3C into a project with the same
 * documents, REFI-QDA into an empty project, which includes making the documents). Prints the
 * median and the range of {@code runs} runs in milliseconds and the file sizes. Not a unit test;
 * run by {@code releng/scripts/bench-exchange.sh}.
 */
public final class ExchangeBenchmark {

	private static final String HAN = "国务院关于进一步推进产业扶贫工作的意见各省自治区直辖市人民政府要坚持精准扶贫精准脱贫基本方略" //$NON-NLS-1$
			+ "加强教育医疗住房保障落实责任确保到村到户巩固拓展脱贫攻坚成果同乡村振兴有效衔接"; //$NON-NLS-1$

	private ExchangeBenchmark() {
	}

	/** @param args [documents=200] [perDocument=50] [runs=5] */
	public static void main(String[] args) throws Exception {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int perDocument = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Path root = Files.createTempDirectory("duizhao-exchange-bench"); //$NON-NLS-1$
		try {
			run(root, documents, perDocument, runs);
		} finally {
			delete(root);
		}
	}

	private static void run(Path root, int documents, int perDocument, int runs) throws Exception {
		Path files = Files.createDirectories(root.resolve("files")); //$NON-NLS-1$
		Random random = new Random(42);
		for (int i = 0; i < documents; i++) {
			Files.writeString(files.resolve(String.format("doc-%04d.txt", i)), text(random, 2000), //$NON-NLS-1$
					StandardCharsets.UTF_8);
		}
		Project source = project(root.resolve("source"), files); //$NON-NLS-1$
		int total;
		try (AnnotationStore store = AnnotationStores.open(source.folder())) {
			total = annotate(source, store, perDocument, random);
		}
		System.out.printf(Locale.ROOT, "%d documents, %d annotations, %d runs (medians, ms)%n", documents, total, runs); //$NON-NLS-1$
		for (ExchangeFormat f : ExchangeFormat.values()) {
			Path out = root.resolve("out." + f.extension()); //$NON-NLS-1$
			long[] t = time(runs, i -> {
				try (AnnotationStore store = AnnotationStores.open(source.folder())) {
					new AnnotationExchange(source, store, "bench").export(f, out, null); //$NON-NLS-1$
				}
				return null;
			});
			report("export " + f.name().toLowerCase(Locale.ROOT), t, Files.size(out)); //$NON-NLS-1$
		}
		Path w3c = root.resolve("out.jsonld"); //$NON-NLS-1$
		long[] t = time(runs, i -> importInto(project(root.resolve("w3c-" + i), files), w3c, total)); //$NON-NLS-1$
		report("import w3c (documents present)", t, -1); //$NON-NLS-1$
		Path qdpx = root.resolve("out.qdpx"); //$NON-NLS-1$
		t = time(runs, i -> importInto(Project.create(root.resolve("qdpx-" + i), "b"), qdpx, total)); //$NON-NLS-1$ //$NON-NLS-2$
		report("import qdpx (documents made)", t, -1); //$NON-NLS-1$
	}

	private static Project project(Path dir, Path files) throws IOException {
		Project p = Project.create(dir, dir.getFileName().toString());
		new Importer(p, ImportOptions.defaults()).importFiles(List.of(files), null);
		return p;
	}

	/** Measured: only the import itself (the target project is made before the clock starts). */
	private static long importInto(Project p, Path file, int expected) throws IOException {
		long start = System.nanoTime();
		try (AnnotationStore store = AnnotationStores.open(p.folder())) {
			ImportResult r = new AnnotationExchange(p, store, "bench").importFile(file, null); //$NON-NLS-1$
			if (r.annotations() != expected) {
				throw new IllegalStateException("imported " + r.annotations() + " of " + expected); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return System.nanoTime() - start;
	}

	private static int annotate(Project p, AnnotationStore store, int perDocument, Random random) throws IOException {
		List<Code> codes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Code top = store.createCode(null, "主题" + i, null, null, null); //$NON-NLS-1$
			codes.add(top);
			for (int j = 0; j < 3; j++) {
				codes.add(store.createCode(top.id(), "子题" + i + "-" + j, null, null, null)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		List<NewAnnotation> all = new ArrayList<>();
		String[] coders = { "张三", "李四", "王五" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Document d : p.documents()) {
			String text = p.readText(d, d.current());
			int length = CodePoints.length(text);
			for (int k = 0; k < perDocument; k++) {
				int start = random.nextInt(length - 50);
				int end = start + 5 + random.nextInt(35);
				all.add(new NewAnnotation(d.id(), 1, start, end, TextQuote.of(text, start, end),
						List.of(codes.get(random.nextInt(codes.size())).id()), k % 5 == 0 ? "备忘 " + k : null, //$NON-NLS-1$
						coders[k % 3]));
			}
		}
		store.addAnnotations(all, null);
		return all.size();
	}

	private static String text(Random random, int length) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int r = random.nextInt(100);
			if (r == 0) {
				sb.appendCodePoint(0x20BB7);
			} else if (r < 4) {
				sb.append('。');
			} else if (r == 4) {
				sb.append('\n');
			} else {
				sb.append(HAN.charAt(random.nextInt(HAN.length())));
			}
		}
		return sb.toString();
	}

	/** One measured run. */
	private interface Work {
		/** @return the measured nanoseconds, or 0 to time the whole call */
		Object run(int i) throws Exception;
	}

	private static long[] time(int runs, Work work) throws Exception {
		work.run(-1); // warm-up
		long[] t = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Object measured = work.run(i);
			t[i] = measured instanceof Long ns ? ns : System.nanoTime() - start;
		}
		Arrays.sort(t);
		return t;
	}

	private static void report(String what, long[] sorted, long bytes) {
		System.out.printf(Locale.ROOT, "%-32s median %7.0f ms  (%.0f..%.0f)%s%n", what, sorted[sorted.length / 2] / 1e6, //$NON-NLS-1$
				sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6,
				bytes < 0 ? "" : String.format(Locale.ROOT, "  %.1f MB", bytes / 1e6)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void delete(Path root) throws IOException {
		try (var all = Files.walk(root)) {
			for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
