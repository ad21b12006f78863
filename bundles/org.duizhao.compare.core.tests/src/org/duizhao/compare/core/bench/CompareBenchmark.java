package org.duizhao.compare.core.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Comparer;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.core.Seeds;
import org.duizhao.compare.core.TestTexts;

/**
 * Benchmark of the comparer against java-diff-utils' Myers over characters and against a floor
 * (one pass hashing every character), on pairs built from the seed texts. Not a unit test.
 * <p>
 * Run from the scratch project (after {@code mvn -q -o test-compile}):
 *
 * <pre>
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     -Dduizhao.seeds.dir=/work/shared/seeds org.duizhao.compare.core.bench.CompareBenchmark [runs]
 * java -Xmx512m ... CompareBenchmark memory     # only the 1M unrelated pair, heap check
 * java ... CompareBenchmark pairs DIR           # the 1M pairs as UTF-8 files (bench-cold.sh)
 * </pre>
 *
 * Sizes 10K, 100K and 1M characters; "similar" pairs have ~2 % of characters edited, some
 * sentences inserted and deleted and some paragraphs moved; "unrelated" pairs are mixes of
 * disjoint seed files (000-002 against 003-004). Myers runs under a 60 s deadline and is skipped at
 * 1M. Times are medians of the runs (default 21; the engine's minimum in brackets) after a
 * warm-up of at least 5 s per measurement.
 * Sentences come from the test splitter; times cover {@code Comparer.compare} only.
 */
public final class CompareBenchmark {

	private static final int[] SIZES = { 10_000, 100_000, 1_000_000 };

	private CompareBenchmark() {
	}

	public static void main(String[] args) {
		Path dir = Seeds.dir();
		if (dir == null) {
			System.err.println("seed texts not found; set -Dduizhao.seeds.dir"); //$NON-NLS-1$
			return;
		}
		List<String> texts = Seeds.texts(dir);
		if (args.length > 0 && args[0].equals("memory")) { //$NON-NLS-1$
			memoryOnly(texts);
			return;
		}
		if (args.length > 1 && args[0].equals("dump")) { //$NON-NLS-1$
			dump(texts, Path.of(args[1]));
			return;
		}
		if (args.length > 1 && args[0].equals("pairs")) { //$NON-NLS-1$
			pairs(texts, Path.of(args[1]));
			return;
		}
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
		List<String> rows = new ArrayList<>();
		rows.add(String.format(Locale.ROOT, "%-10s %8s %10s %10s %10s %10s %9s %10s %10s %8s", "pair", "chars", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"engine ms", "myers ms", "floor ms", "myers/eng", "eng/floor", "edits eng", "edits min", "sim")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		for (int size : SIZES) {
			for (boolean similar : new boolean[] { true, false }) {
				rows.add(row(texts, size, similar, runs));
				System.out.println(rows.get(rows.size() - 1));
			}
		}
		System.out.println();
		rows.forEach(System.out::println);
		System.out.println();
		memory(pair(texts, 1_000_000, false));
	}

	private static String row(List<String> texts, int size, boolean similar, int runs) {
		CompareSide[] p = pair(texts, size, similar);
		String a = p[0].text().original();
		String b = p[1].text().original();
		Timing.Result engine = Timing.median(runs, () -> Comparer.compare(p[0], p[1]));
		Timing.Result floor = Timing.median(runs, () -> Floor.hash(a, b));
		MyersRun myers = size <= 100_000 ? MyersRun.measure(a, b, runs) : MyersRun.skipped();
		CompareResult r = (CompareResult) engine.value();
		return String.format(Locale.ROOT, "%-10s %8d %10.1f (%5.1f) %10s %9.2f %10s %9.1f %10d %10s %8.4f", //$NON-NLS-1$
				similar ? "similar" : "unrelated", a.length(), engine.millis(), engine.minMillis(), myers.millisText(), //$NON-NLS-1$ //$NON-NLS-2$
				floor.millis(),
				myers.ratioText(engine.millis()), engine.millis() / floor.millis(), editCount(r), myers.editsText(),
				r.metrics().similarity());
	}

	/** @return characters in A and B touched by hunks, moves counted as delete + insert */
	static long editCount(CompareResult r) {
		long n = 0;
		for (Hunk h : r.hunks()) {
			n += h.normalizedA().length() + h.normalizedB().length();
		}
		return n;
	}

	static CompareSide[] pair(List<String> texts, int size, boolean similar) {
		BenchInputs in = new BenchInputs(size + (similar ? 1 : 2));
		String a;
		String b;
		if (similar) {
			List<String> ps = in.mix(BenchInputs.paragraphs(texts), size);
			a = String.join("", ps); //$NON-NLS-1$
			b = in.similar(ps, size);
		} else {
			a = String.join("", in.mix(BenchInputs.paragraphs(texts.subList(0, 3)), size)); //$NON-NLS-1$
			b = String.join("", in.mix(BenchInputs.paragraphs(texts.subList(3, texts.size())), size)); //$NON-NLS-1$
		}
		return new CompareSide[] { TestTexts.side(a), TestTexts.side(b) };
	}

	/**
	 * Writes each similar pair one character per line ({@code a-SIZE.txt}, {@code b-SIZE.txt}), so
	 * that an external minimal diff (GNU diff --minimal) can give the minimal edit count where
	 * Myers in Java cannot finish, and prints the engine's edit count for each size.
	 */
	private static void dump(List<String> texts, Path dir) {
		try {
			java.nio.file.Files.createDirectories(dir);
			for (int size : SIZES) {
				CompareSide[] p = pair(texts, size, true);
				writeChars(dir.resolve("a-" + size + ".txt"), p[0].text().original()); //$NON-NLS-1$ //$NON-NLS-2$
				writeChars(dir.resolve("b-" + size + ".txt"), p[1].text().original()); //$NON-NLS-1$ //$NON-NLS-2$
				System.out.printf(Locale.ROOT, "%d engine_edits=%d%n", size, editCount(Comparer.compare(p[0], p[1]))); //$NON-NLS-1$
			}
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * Writes the 1M pairs as plain UTF-8 texts ({@code similar-a.txt}, {@code similar-b.txt},
	 * {@code unrelated-a.txt}, {@code unrelated-b.txt}), for whole-process timings of the CLI.
	 */
	private static void pairs(List<String> texts, Path dir) {
		try {
			java.nio.file.Files.createDirectories(dir);
			for (boolean similar : new boolean[] { true, false }) {
				CompareSide[] p = pair(texts, 1_000_000, similar);
				String name = similar ? "similar" : "unrelated"; //$NON-NLS-1$ //$NON-NLS-2$
				java.nio.file.Files.writeString(dir.resolve(name + "-a.txt"), p[0].text().original(), //$NON-NLS-1$
						java.nio.charset.StandardCharsets.UTF_8);
				java.nio.file.Files.writeString(dir.resolve(name + "-b.txt"), p[1].text().original(), //$NON-NLS-1$
						java.nio.charset.StandardCharsets.UTF_8);
			}
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void writeChars(Path file, String text) throws java.io.IOException {
		StringBuilder lines = new StringBuilder(text.length() * 3);
		text.codePoints().forEach(c -> lines.appendCodePoint(c == '\n' ? 0x2424 : c).append('\n'));
		java.nio.file.Files.writeString(file, lines, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static void memoryOnly(List<String> texts) {
		CompareSide[] p = pair(texts, 1_000_000, false);
		long t0 = System.nanoTime();
		Comparer.compare(p[0], p[1]);
		System.out.printf(Locale.ROOT, "1M unrelated under -Xmx%dm: %.1f ms%n", //$NON-NLS-1$
				Runtime.getRuntime().maxMemory() >> 20, (System.nanoTime() - t0) / 1e6);
		memory(p);
	}

	private static void memory(CompareSide[] p) {
		HeapPeak.Result m = HeapPeak.measure(() -> Comparer.compare(p[0], p[1]));
		System.out.printf(Locale.ROOT,
				"1M unrelated: heap before %.1f MB (inputs), peak of heap pools during compare %.1f MB, max heap %d MB%n", //$NON-NLS-1$
				m.beforeMb(), m.peakMb(), Runtime.getRuntime().maxMemory() >> 20);
	}
}
