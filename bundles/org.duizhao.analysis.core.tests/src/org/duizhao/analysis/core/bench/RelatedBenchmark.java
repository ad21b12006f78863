package org.duizhao.analysis.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.analysis.core.RelatedTexts;
import org.duizhao.text.core.normalize.Normalizer;

/**
 * Benchmark of the whole related-texts analysis of a pair (shared formulas, parallel passages,
 * distinctive vocabulary: {@link RelatedTexts#analyse}) at 100K and 1M characters. Not a unit test;
 * run by {@code releng/scripts/bench-related.sh}.
 * <p>
 * A pair is new text in the style of the seed texts (see {@link Markov}); B takes in a fifth of A's
 * paragraphs, each reworded (a tenth of its characters
 * replaced by others of A, a phrase inserted, a few characters dropped) and shuffled, so the pair has
 * planted parallel passages in another order and all the shared formulas real texts have. Prints the
 * median and minimum time of the runs after a warm-up, the planted passages found, and the peak heap
 * of one more run (collected before it).
 */
public final class RelatedBenchmark {

	private static final int[] SIZES = { 100_000, 1_000_000 };

	private RelatedBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(System.getProperty("duizhao.seeds.dir", "../shared/seeds")); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> seeds = seeds(dir);
		if (seeds.size() < 5) {
			System.err.println("related benchmark: five seed texts needed in " + dir); //$NON-NLS-1$
			System.exit(2);
		}
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
		RelatedTexts related = new RelatedTexts(Normalizer.standard());
		System.out.println(String.format(Locale.ROOT, "%-8s %8s %10s %10s %8s %9s %9s %10s", "size", "runs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"median ms", "min ms", "planted", "found", "formulas", "peak MB")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (int size : SIZES) {
			Pair p = pair(seeds, size, new Random(size));
			int n = size >= 1_000_000 ? Math.max(3, runs / 2) : runs;
			long warmUntil = System.nanoTime() + 5_000_000_000L;
			RelatedReport report = null;
			for (int k = 0; k < 2 || System.nanoTime() < warmUntil; k++) {
				report = related.analyse(p.a, p.b, RelatedTexts.Options.defaults(), null, null);
			}
			double[] ms = new double[n];
			for (int k = 0; k < n; k++) {
				long t = System.nanoTime();
				report = related.analyse(p.a, p.b, RelatedTexts.Options.defaults(), null, null);
				ms[k] = (System.nanoTime() - t) / 1e6;
			}
			Arrays.sort(ms);
			long peak = peakHeap(() -> related.analyse(p.a, p.b, RelatedTexts.Options.defaults(), null, null));
			System.out.println(String.format(Locale.ROOT, "%-8d %8d %10.0f %10.0f %8d %9d %9d %10d", size, n, ms[n / 2], //$NON-NLS-1$
					ms[0], p.planted.size(), found(report, p), report.formulas().size(), peak >> 20));
		}
	}

	/** @return planted passages that a found passage covers for at least half, on both sides */
	private static int found(RelatedReport report, Pair p) {
		int hits = 0;
		for (int[] planted : p.planted) {
			for (ParallelPassage f : report.passages()) {
				if (overlap(f.a().start(), f.a().end(), planted[0], planted[1]) > 0.5
						&& overlap(f.b().start(), f.b().end(), planted[2], planted[3]) > 0.5) {
					hits++;
					break;
				}
			}
		}
		return hits;
	}

	/** Code-point spans against UTF-16 ones: the seeds are nearly all in the BMP, close enough here. */
	private static double overlap(int start, int end, int from, int to) {
		int common = Math.min(end, to) - Math.max(start, from);
		return common <= 0 ? 0 : common / (double) (to - from);
	}

	private record Pair(String a, String b, List<int[]> planted) {
	}

	static Pair pair(List<String> seeds, int size, Random r) {
		Markov model = new Markov(seeds);
		List<String> a = model.paragraphs(size, r);
		List<String> reused = new ArrayList<>();
		for (String p : a) {
			if (r.nextInt(5) == 0) {
				reused.add(p);
			}
		}
		List<String> b = model.paragraphs(size - reused.stream().mapToInt(String::length).sum(), r);
		List<Integer> slots = new ArrayList<>();
		for (int k = 0; k < reused.size(); k++) {
			slots.add(r.nextInt(b.size() + 1));
		}
		Collections.sort(slots);
		Collections.shuffle(reused, r);
		List<String> reworded = new ArrayList<>();
		for (String p : reused) {
			reworded.add(reword(p, r));
		}
		for (int k = reused.size() - 1; k >= 0; k--) { // from the back, so earlier slots stay valid
			b.add(slots.get(k), reworded.get(k));
		}
		String textA = String.join("", a); //$NON-NLS-1$
		String textB = String.join("", b); //$NON-NLS-1$
		List<int[]> planted = new ArrayList<>();
		for (int k = 0; k < reused.size(); k++) {
			int at = textA.indexOf(reused.get(k));
			int bt = textB.indexOf(reworded.get(k));
			if (at >= 0 && bt >= 0) {
				planted.add(new int[] { textA.codePointCount(0, at), textA.codePointCount(0, at + reused.get(k).length()),
						textB.codePointCount(0, bt), textB.codePointCount(0, bt + reworded.get(k).length()) });
			}
		}
		return new Pair(textA, textB, planted);
	}

	/**
	 * New text in the style of the seeds: a character chain of order two trained on them. Each
	 * paragraph is new (the seeds hold only 23,000 characters, so repeating their paragraphs would
	 * make a 1M text of a hundred copies of each), yet common words and formulas recur in both texts
	 * of a pair as they do in real policy prose.
	 */
	private static final class Markov {
		private static final int ORDER = Integer.getInteger("duizhao.bench.order", 1); //$NON-NLS-1$
		private final Map<String, StringBuilder> next = new HashMap<>();
		private final List<String> starts = new ArrayList<>();

		Markov(List<String> texts) {
			for (String t : texts) {
				for (String line : t.split("\n")) { //$NON-NLS-1$
					String p = line.strip();
					if (p.length() < 20) {
						continue;
					}
					starts.add(p.substring(0, ORDER));
					for (int i = 0; i + ORDER < p.length(); i++) {
						next.computeIfAbsent(p.substring(i, i + ORDER), k -> new StringBuilder()).append(p.charAt(i + ORDER));
					}
				}
			}
		}

		List<String> paragraphs(int size, Random r) {
			List<String> out = new ArrayList<>();
			int length = 0;
			while (length < size) {
				String p = paragraph(60 + r.nextInt(340), r);
				out.add(p);
				length += p.length();
			}
			return out;
		}

		private String paragraph(int length, Random r) {
			StringBuilder sb = new StringBuilder(starts.get(r.nextInt(starts.size())));
			while (sb.length() < length) {
				StringBuilder options = next.get(sb.substring(sb.length() - ORDER));
				if (options == null) {
					sb.append('。').append(starts.get(r.nextInt(starts.size())));
				} else {
					sb.append(options.charAt(r.nextInt(options.length())));
				}
			}
			if (Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
				sb.setLength(sb.length() - 1);
			}
			return sb.append("。\n").toString(); //$NON-NLS-1$
		}
	}

	private static String reword(String p, Random r) {
		StringBuilder sb = new StringBuilder(p.strip());
		for (int k = 0; k < sb.length() / 10; k++) {
			int at = r.nextInt(sb.length());
			int from = r.nextInt(sb.length());
			if (Character.isIdeographic(sb.charAt(at)) && Character.isIdeographic(sb.charAt(from))) {
				sb.setCharAt(at, sb.charAt(from));
			}
		}
		sb.insert(sb.length() / 3, "进一步加大工作力度"); //$NON-NLS-1$
		int cut = 2 * sb.length() / 3;
		sb.delete(cut, Math.min(sb.length(), cut + 4));
		return sb.append('\n').toString();
	}

	private static List<String> seeds(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().matches("\\d{3}.*\\.txt")).sorted().map(f -> { //$NON-NLS-1$
				try {
					return Files.readString(f, StandardCharsets.UTF_8);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList();
		}
	}

	/** @return the peak heap use during {@code work}, after a full collection before it */
	private static long peakHeap(Runnable work) {
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		work.run();
		return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}
}
