package org.duizhao.analysis.core.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.reuse.CorpusReuse;
import org.duizhao.analysis.core.reuse.PairReuse;
import org.duizhao.analysis.core.reuse.PreparedText;
import org.duizhao.analysis.core.reuse.MinHash;
import org.duizhao.analysis.core.reuse.ReuseParameters;
import org.duizhao.analysis.core.reuse.ReusePair;
import org.duizhao.analysis.core.reuse.ReuseProgress;
import org.duizhao.analysis.core.reuse.ReuseText;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.text.core.normalize.ScriptTarget;

/**
 * Times the stages of corpus-wide reuse on a project (reading, normalizing, signatures, candidates,
 * alignment), outside OSGi:
 * {@code releng/scripts/bench-reuse.sh stages PROJECT [THRESHOLD] [SAMPLE] [MANIFEST] [CONTAINMENT]}
 * (containment {@code off} or {@code 0} for resemblance alone).
 * Not a test.
 */
public final class ReuseBenchmark {

	private ReuseBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Project project = Project.open(Path.of(args[0]));
		double threshold = args.length > 1 ? Double.parseDouble(args[1]) : ReuseParameters.DEFAULT_THRESHOLD;
		long t0 = System.nanoTime();
		List<Document> docs = project.documents();
		List<String> texts = new ArrayList<>();
		for (Document d : docs) {
			texts.add(project.readText(d, d.current()));
		}
		long t1 = System.nanoTime();
		Normalizer normalizer = new ProjectNormalization(project).normalizer(ScriptTarget.SIMPLIFIED);
		List<String> normalized = texts.parallelStream().map(t -> normalizer.normalize(t, SharedFormulas.DEFAULT_IGNORE).text())
				.toList();
		long t2 = System.nanoTime();
		List<ReuseText> reuse = new ArrayList<>();
		for (int i = 0; i < docs.size(); i++) {
			reuse.add(new ReuseText(docs.get(i).id(), normalized.get(i)));
		}
		String off = args.length > 4 ? args[4] : ""; //$NON-NLS-1$
		double containment = off.isEmpty() ? ReuseParameters.DEFAULT_CONTAINMENT
				: off.equals("off") ? 0 : Double.parseDouble(off); //$NON-NLS-1$
		ReuseParameters p = ReuseParameters.withThreshold(threshold).withContainment(containment);
		CorpusReuse engine = new CorpusReuse(p);
		CorpusReuse.Sketches sketches = engine.sketches(reuse, ReuseProgress.NONE);
		long[][] sigs = sketches.signatures();
		long t3 = System.nanoTime();
		List<int[]> lsh = engine.candidates(sigs, ReuseProgress.NONE);
		long t3c = System.nanoTime();
		List<int[]> byContainment = p.containmentOn() ? engine.containmentCandidates(sketches.samples(), ReuseProgress.NONE)
				: List.of();
		List<int[]> candidates = CorpusReuse.union(lsh, byContainment);
		long t4 = System.nanoTime();
		java.util.Set<String> planted = planted(args.length > 3 ? Path.of(args[3]) : null, "variant"); //$NON-NLS-1$
		java.util.Set<String> notices = planted(args.length > 3 ? Path.of(args[3]) : null, "notice"); //$NON-NLS-1$
		histogram(candidates, sigs, docs, planted);
		System.out.printf(Locale.ROOT,
				"containment %.2f: candidates by resemblance %d (%.1f s), by containment %d (%.1f s), %d of them new, union %d; planted notice/decision pairs among candidates %d of %d (by resemblance %d)%n",
				containment, lsh.size(), s(t3c - t3), byContainment.size(), s(t4 - t3c), candidates.size() - lsh.size(),
				candidates.size(), count(candidates, docs, notices), notices.size() / 2, count(lsh, docs, notices));
		int sample = args.length > 2 && !args[2].isEmpty() ? Math.min(candidates.size(), Integer.parseInt(args[2]))
				: candidates.size();
		if (sample < candidates.size()) { // align a spread sample and say so
			List<int[]> spread = new ArrayList<>();
			for (int k = 0; k < sample; k++) {
				spread.add(candidates.get((int) ((long) k * candidates.size() / sample)));
			}
			System.out.printf(Locale.ROOT, "aligning a sample of %d of %d candidates%n", sample, candidates.size());
			candidates = spread;
		}
		long tp = System.nanoTime();
		// each document prepared once, as CorpusReuse's cache does when the corpus fits its budget
		List<PreparedText> prepared = reuse.parallelStream().map(PreparedText::of).toList();
		long prepare = System.nanoTime() - tp;
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long[] cpu = new long[candidates.size()];
		ReusePair[] found = new ReusePair[candidates.size()];
		List<int[]> aligned = candidates;
		java.util.stream.IntStream.range(0, aligned.size()).parallel().forEach(k -> {
			int[] c = aligned.get(k);
			long before = threads.getCurrentThreadCpuTime();
			found[k] = PairReuse.compare(prepared.get(c[0]), prepared.get(c[1]), MinHash.resemblance(sigs[c[0]], sigs[c[1]]), p);
			cpu[k] = threads.getCurrentThreadCpuTime() - before;
		});
		long t5 = System.nanoTime();
		long pairs = java.util.Arrays.stream(found).filter(x -> x != null).count();
		int plantedFound = 0;
		int noticesFound = 0;
		long shared = 0;
		for (int k = 0; k < found.length; k++) {
			if (found[k] != null) {
				shared += found[k].shared();
				int[] c = aligned.get(k);
				String key = docs.get(c[0]).current().sourceName() + "|" + docs.get(c[1]).current().sourceName(); //$NON-NLS-1$
				plantedFound += planted.contains(key) ? 1 : 0;
				noticesFound += notices.contains(key) ? 1 : 0;
			}
		}
		System.out.printf(Locale.ROOT, "planted notice/decision pairs aligned with shared passages: %d of %d%n", noticesFound,
				notices.size() / 2);
		System.out.printf(Locale.ROOT,
				"documents %d, rows/band %d, candidates %d, pairs %d (shared %d characters), planted pairs found %d of %d%nread %.1f s, normalize %.1f s, signatures %.1f s, candidates %.1f s, prepare %.1f s, align %.1f s, total %.1f s%n",
				docs.size(), p.rows(), candidates.size(), pairs, shared, plantedFound, planted.size() / 2, s(t1 - t0),
				s(t2 - t1), s(t3 - t2), s(t4 - t3), s(prepare), s(t5 - t4 - prepare), s(t5 - t0));
		long[] sorted = cpu.clone();
		java.util.Arrays.sort(sorted);
		if (sorted.length > 0) {
			System.out.printf(Locale.ROOT,
					"align CPU per pair: median %.2f ms, mean %.2f ms, 90th percentile %.2f ms, max %.1f ms; CPU total %.1f s%n",
					sorted[sorted.length / 2] / 1e6, java.util.Arrays.stream(sorted).average().orElse(0) / 1e6,
					sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[sorted.length - 1] / 1e6,
					java.util.Arrays.stream(sorted).sum() / 1e9);
		}
	}

	/** @return how many of {@code pairs} are planted */
	private static int count(List<int[]> pairs, List<Document> docs, java.util.Set<String> planted) {
		int n = 0;
		for (int[] c : pairs) {
			n += planted.contains(docs.get(c[0]).current().sourceName() + "|" + docs.get(c[1]).current().sourceName()) ? 1 : 0; //$NON-NLS-1$
		}
		return n;
	}

	/**
	 * @return the planted pairs of one kind (variant/parent, notice/decision) of a manifest of
	 *         gen-bench-corpus.py, as "a|b" both ways
	 */
	private static java.util.Set<String> planted(Path manifest, String kind) throws java.io.IOException {
		java.util.Set<String> planted = new java.util.HashSet<>();
		if (manifest != null) {
			List<String[]> rows = java.nio.file.Files.readAllLines(manifest).stream().map(l -> l.split("\t")) //$NON-NLS-1$
					.filter(f -> f.length >= 5).toList();
			java.util.Map<String, String> original = new java.util.HashMap<>(); // duplicates are not imported
			rows.stream().filter(f -> f[3].equals("duplicate")).forEach(f -> original.put(f[0], f[4])); //$NON-NLS-1$
			for (String[] f : rows) {
				if (f[3].equals(kind)) {
					String parent = original.getOrDefault(f[4], f[4]);
					planted.add(f[0] + "|" + parent); //$NON-NLS-1$
					planted.add(parent + "|" + f[0]); //$NON-NLS-1$
				}
			}
		}
		return planted;
	}

	/** Prints how many candidates and planted variant/parent pairs reach each resemblance. */
	private static void histogram(List<int[]> candidates, long[][] sigs, List<Document> docs, java.util.Set<String> planted) {
		for (double t : new double[] { 0.2, 0.3, 0.4, 0.5, 0.6 }) {
			int n = 0;
			int p = 0;
			for (int[] c : candidates) {
				if (MinHash.resemblance(sigs[c[0]], sigs[c[1]]) >= t) {
					n++;
					if (planted.contains(docs.get(c[0]).current().sourceName() + "|" + docs.get(c[1]).current().sourceName())) { //$NON-NLS-1$
						p++;
					}
				}
			}
			System.out.printf(Locale.ROOT, "resemblance >= %.1f: %d candidates, %d of %d planted pairs%n", t, n, p, planted.size() / 2);
		}
	}

	private static double s(long nanos) {
		return nanos / 1e9;
	}
}
