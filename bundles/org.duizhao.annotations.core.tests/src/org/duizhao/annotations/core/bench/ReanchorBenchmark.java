package org.duizhao.annotations.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.anchor.DocumentVersioning;
import org.duizhao.annotations.core.anchor.EditScript;
import org.duizhao.annotations.core.anchor.ReanchorResult;
import org.duizhao.annotations.core.anchor.Reanchorer;
import org.duizhao.annotations.core.anchor.Texts;
import org.duizhao.annotations.core.anchor.VersionText;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;

/**
 * Benchmark of re-anchoring (not a unit test; run by {@code releng/scripts/bench-reanchor.sh}): one
 * document of ~100,000 characters with 1,000 annotations (2 to 80 characters) after a 2 % edit
 * (deletions, insertions, replacements and a few moved passages, about 2 % of the characters).
 * The text is the seed texts repeated (or generated Chinese-like text without them).
 * <p>
 * Two measurements, medians of the runs after a warm-up of at least 20 calls and 5 s: "core" is
 * {@link Reanchorer#reanchor} alone (comparison and placement); "store" is
 * {@link DocumentVersioning#reanchor} on a real project with its SQLite store: reading the
 * annotations, both texts, re-anchoring and writing the changed annotations in one transaction.
 * For the store runs each call first gets a fresh new version (the two texts alternate; untimed);
 * reading all the document's annotations and writing them back in one transaction are also timed
 * alone, to show the store's share.
 */
public final class ReanchorBenchmark {

	private static final int SIZE = 100_000;
	private static final int ANNOTATIONS = 1_000;

	private ReanchorBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
		Random random = new Random(42);
		String oldText = text(random);
		int length = oldText.codePointCount(0, oldText.length());
		int edits = SIZE * 2 / 100 / 5; // edits average about five characters
		String newText = new EditScript(oldText).edit(random, edits).result();
		List<Annotation> annotations = annotations(random, oldText, length);
		VersionText from = new VersionText(1, oldText);
		VersionText to = new VersionText(2, newText);
		double[] core = time(runs, () -> Reanchorer.reanchor(from, to, annotations));
		ReanchorResult r = Reanchorer.reanchor(from, to, annotations);
		System.out.printf(Locale.ROOT, "document: %d characters, %d annotations, %d edits (%d -> %d characters)%n",
				length, ANNOTATIONS, edits, length, newText.codePointCount(0, newText.length()));
		System.out.printf(Locale.ROOT, "counts: %s%n", r.counts());
		System.out.printf(Locale.ROOT, "core  (Reanchorer.reanchor):            median %7.1f ms  (min %6.1f)%n", core[0],
				core[1]);
		double[] store = storeRuns(runs, oldText, newText, random);
		System.out.printf(Locale.ROOT, "store (DocumentVersioning.reanchor, SQLite): median %7.1f ms  (min %6.1f)%n",
				store[0], store[1]);
		System.out.printf(Locale.ROOT, "  of which reading the annotations:    median %7.1f ms%n", store[2]);
		System.out.printf(Locale.ROOT, "  of which writing 1,000 (one transaction): median %7.1f ms%n", store[3]);
	}

	/** @return about {@link #SIZE} characters: the seeds repeated, or generated text */
	private static String text(Random random) throws IOException {
		String dir = System.getProperty("duizhao.seeds.dir");
		StringBuilder out = new StringBuilder();
		if (dir != null && Files.isDirectory(Path.of(dir))) {
			List<String> seeds = new ArrayList<>();
			try (Stream<Path> files = Files.list(Path.of(dir))) {
				for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					seeds.add(Files.readString(f, StandardCharsets.UTF_8));
				}
			}
			for (int k = 0; out.length() < SIZE && !seeds.isEmpty(); k++) {
				out.append(seeds.get(k % seeds.size())).append('\n');
			}
		}
		if (out.length() == 0) {
			out.append(Texts.generate(random, SIZE));
		}
		return out.substring(0, out.offsetByCodePoints(0, Math.min(SIZE, out.codePointCount(0, out.length()))));
	}

	private static List<Annotation> annotations(Random random, String text, int length) {
		List<Annotation> out = new ArrayList<>();
		for (int k = 0; k < ANNOTATIONS; k++) {
			int start = random.nextInt(length - 100);
			int end = start + 2 + random.nextInt(79);
			out.add(new Annotation("a" + k, "doc", 1, start, end, TextQuote.of(text, start, end), List.of("c"), "",
					"bench", Instant.EPOCH, null, null, 1));
		}
		return out;
	}

	/** Re-anchoring through the store: each run first adds the other text as a new version. */
	private static double[] storeRuns(int runs, String oldText, String newText, Random random) throws Exception {
		Path tmp = Files.createTempDirectory("duizhao-bench");
		try {
			Path input = Files.createDirectories(tmp.resolve("input"));
			Files.writeString(input.resolve("doc.txt"), oldText);
			Path[] files = { Files.writeString(tmp.resolve("new.txt"), newText), Files.writeString(tmp.resolve("old.txt"), oldText) };
			Project project = Project.create(tmp.resolve("project"), "bench");
			Document doc = new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), null).imported()
					.get(0).document();
			try (AnnotationStore store = AnnotationStores.open(project.folder())) {
				Code code = store.createCode(null, "bench", null, null, null);
				List<NewAnnotation> news = new ArrayList<>();
				for (Annotation a : annotations(random, oldText, oldText.codePointCount(0, oldText.length()))) {
					news.add(new NewAnnotation(doc.id(), 1, a.start(), a.end(), a.quote(), List.of(code.id()), null, "bench"));
				}
				store.addAnnotations(news, null);
				DocumentVersioning versioning = new DocumentVersioning(project, store);
				int warm = 10;
				double[] ms = new double[runs];
				double[] read = new double[runs];
				double[] write = new double[runs];
				for (int k = 0; k < runs + warm; k++) {
					project.addVersion(doc.id(), files[k % 2]);
					long t0 = System.nanoTime();
					versioning.reanchor(doc.id(), null);
					long t1 = System.nanoTime();
					// the store's part alone: read the annotations, write them back unchanged but for the version
					List<Annotation> all = store.annotations(org.duizhao.annotations.core.AnnotationQuery.document(doc.id()));
					long t2 = System.nanoTime();
					store.updateAnnotations(all.stream().map(a -> a.withPosition(a.version(), a.start(), a.end(), a.quote(),
							a.anchoring())).toList());
					long t3 = System.nanoTime();
					if (k >= warm) {
						ms[k - warm] = (t1 - t0) / 1e6;
						read[k - warm] = (t2 - t1) / 1e6;
						write[k - warm] = (t3 - t2) / 1e6;
					}
				}
				Arrays.sort(ms);
				Arrays.sort(read);
				Arrays.sort(write);
				return new double[] { ms[runs / 2], ms[0], read[runs / 2], write[runs / 2] };
			}
		} finally {
			try (Stream<Path> walk = Files.walk(tmp)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static double[] time(int runs, Runnable task) {
		long warmUntil = System.nanoTime() + 5_000_000_000L;
		for (int k = 0; k < 20 || System.nanoTime() < warmUntil; k++) {
			task.run();
		}
		double[] ms = new double[runs];
		for (int k = 0; k < runs; k++) {
			long t0 = System.nanoTime();
			task.run();
			ms[k] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		return new double[] { ms[runs / 2], ms[0] };
	}
}
