package org.duizhao.analysis.core.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * Corpus-wide reuse on one machine: shingles, a MinHash signature and shingle samples per text;
 * candidate pairs from shared LSH band keys whose estimated resemblance reaches the threshold, and
 * (unless turned off) pairs from the inverted sample index whose estimated containment reaches
 * its threshold ({@link ContainmentIndex}), so a short text that copies part of a long one is met;
 * then {@link PairReuse#compare} on each. Sketches and alignments run in parallel on the common
 * fork-join pool.
 * <p>
 * The steps are the stages of the distributed design ({@code docs/corpus-reuse-design.md}); here
 * the shuffle is a hash map.
 */
public final class CorpusReuse {

	/** Step names given to {@link ReuseProgress#begin}. */
	public static final String STEP_SIGNATURES = "signatures", STEP_CANDIDATES = "candidates", //$NON-NLS-1$ //$NON-NLS-2$
			STEP_ALIGN = "align", STEP_CONTAINMENT = "containment"; //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * What the candidate steps need of each text.
	 *
	 * @param signatures per text, its MinHash signature
	 * @param samples per text, its shingle samples ({@link ContainmentSamples}), ascending
	 */
	public record Sketches(long[][] signatures, long[][] samples) {
	}

	private final ReuseParameters parameters;
	/** The cache of the last run, for tests to see how often documents were prepared. */
	volatile PreparedCache lastPrepared;

	/** @param parameters how to find reuse, not {@code null} */
	public CorpusReuse(ReuseParameters parameters) {
		this.parameters = java.util.Objects.requireNonNull(parameters, "parameters"); //$NON-NLS-1$
	}

	/**
	 * @param texts the documents, ids distinct
	 * @param progress progress and cancel, may be {@code null}
	 * @return the pairs that share passages, by shared volume (largest first); each pair ordered as
	 *         its documents are in {@code texts}
	 * @throws CancellationException when cancelled
	 */
	public List<ReusePair> run(List<ReuseText> texts, ReuseProgress progress) {
		return run(texts, progress, PreparedCache.defaultBudget());
	}

	/**
	 * @param cacheBytes the most bytes of prepared documents ({@link PreparedText}) kept between
	 *            their pairs
	 * @see #run(List, ReuseProgress)
	 */
	List<ReusePair> run(List<ReuseText> texts, ReuseProgress progress, long cacheBytes) {
		ReuseProgress p = progress == null ? ReuseProgress.NONE : progress;
		Sketches sketches = sketches(texts, p);
		long[][] signatures = sketches.signatures();
		long[][] samples = sketches.samples();
		List<int[]> candidates = candidates(sketches, p);
		p.begin(STEP_ALIGN, candidates.size());
		PreparedCache prepared = new PreparedCache(texts, cacheBytes);
		lastPrepared = prepared;
		List<ReusePair> pairs = candidates.parallelStream().map(c -> {
			check(p);
			ReusePair pair = PairReuse.compare(prepared.get(c[0]), prepared.get(c[1]),
					MinHash.resemblance(signatures[c[0]], signatures[c[1]]), parameters);
			p.worked(1);
			return pair == null ? null
					: pair.withEstimatedContainment(ContainmentSamples.containment(samples[c[0]], samples[c[1]]));
		}).filter(java.util.Objects::nonNull).toList();
		List<ReusePair> sorted = new ArrayList<>(pairs);
		sorted.sort(Comparator.comparingInt(ReusePair::shared).reversed().thenComparing(ReusePair::a)
				.thenComparing(ReusePair::b));
		return sorted;
	}

	/** @return one MinHash signature per text */
	public long[][] signatures(List<ReuseText> texts, ReuseProgress p) {
		return sketches(texts, p).signatures();
	}

	/** @return per text, its MinHash signature and its shingle samples (one pass over its shingles) */
	public Sketches sketches(List<ReuseText> texts, ReuseProgress p) {
		MinHash minHash = new MinHash(parameters.hashes());
		p.begin(STEP_SIGNATURES, texts.size());
		long[][] signatures = new long[texts.size()][];
		long[][] samples = new long[texts.size()][];
		IntStream.range(0, texts.size()).parallel().forEach(i -> {
			check(p);
			long[] shingles = Shingles.of(Shingles.compact(texts.get(i).text()), parameters.shingle());
			signatures[i] = minHash.signature(shingles);
			samples[i] = ContainmentSamples.of(shingles);
			p.worked(1);
		});
		return new Sketches(signatures, samples);
	}

	/**
	 * @return the candidates by resemblance ({@link #candidates(long[][], ReuseProgress)}) and, when
	 *         containment is on, those by containment, each pair {@code {i, j}}, {@code i < j}, once,
	 *         ordered
	 */
	public List<int[]> candidates(Sketches sketches, ReuseProgress p) {
		List<int[]> lsh = candidates(sketches.signatures(), p);
		if (!parameters.containmentOn()) {
			return lsh;
		}
		return union(lsh, containmentCandidates(sketches.samples(), p));
	}

	/** @return the pairs {@code {i, j}}, {@code i < j}, ordered, whose estimated containment reaches its threshold */
	public List<int[]> containmentCandidates(long[][] samples, ReuseProgress p) {
		p.begin(STEP_CONTAINMENT, samples.length);
		check(p);
		return new ContainmentIndex(samples).candidates(parameters.containment(), p);
	}

	/** @return the ordered pairs of both ordered lists, each once */
	public static List<int[]> union(List<int[]> x, List<int[]> y) {
		Comparator<int[]> order = Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1]);
		List<int[]> out = new ArrayList<>(x.size() + y.size());
		int i = 0;
		int j = 0;
		while (i < x.size() || j < y.size()) {
			int cmp = i == x.size() ? 1 : j == y.size() ? -1 : order.compare(x.get(i), y.get(j));
			out.add(cmp <= 0 ? x.get(i) : y.get(j));
			i += cmp <= 0 ? 1 : 0;
			j += cmp >= 0 ? 1 : 0;
		}
		return out;
	}

	/**
	 * @return the pairs {@code {i, j}}, {@code i < j}, that share a band key and whose estimated
	 *         resemblance reaches the threshold, each once
	 */
	public List<int[]> candidates(long[][] signatures, ReuseProgress p) {
		p.begin(STEP_CANDIDATES, parameters.bands());
		java.util.Set<Long> seen = new java.util.HashSet<>();
		List<int[]> out = new ArrayList<>();
		long[][] keys = new long[signatures.length][];
		for (int i = 0; i < signatures.length; i++) {
			keys[i] = LshBands.keys(signatures[i], parameters.rows());
		}
		for (int band = 0; band < parameters.bands(); band++) {
			check(p);
			Map<Long, List<Integer>> buckets = new HashMap<>();
			for (int i = 0; i < keys.length; i++) {
				if (keys[i][band] != 0) {
					buckets.computeIfAbsent(keys[i][band], k -> new ArrayList<>()).add(i);
				}
			}
			for (List<Integer> bucket : buckets.values()) {
				pairs(bucket, signatures, seen, out);
			}
			p.worked(1);
		}
		out.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
		return out;
	}

	private void pairs(List<Integer> bucket, long[][] signatures, java.util.Set<Long> seen, List<int[]> out) {
		for (int x = 0; x < bucket.size(); x++) {
			for (int y = x + 1; y < bucket.size(); y++) {
				int i = bucket.get(x);
				int j = bucket.get(y);
				// i * n + j: distinct and well spread (i << 32 | j hashes to i ^ j, which collides)
				if (seen.add((long) i * signatures.length + j)
						&& MinHash.resemblance(signatures[i], signatures[j]) >= parameters.threshold()) {
					out.add(new int[] { i, j });
				}
			}
		}
	}

	private static void check(ReuseProgress p) {
		if (p.cancelled()) {
			throw new CancellationException();
		}
	}
}
