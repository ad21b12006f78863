package org.duizhao.analysis.core.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Candidate pairs by containment: an inverted index from sample ({@link ContainmentSamples}) to the
 * documents that have it, built by sorting {@code (sample, document)} keys so that equal samples
 * lie together (on a distributed engine, the sample is the shuffle key). A sample found in more
 * than {@link #maxDocuments(int)} documents is boilerplate ("为深入贯彻落实…") and skipped, which
 * also bounds the pairs one sample makes. Each pair of documents sharing at least
 * {@value #MIN_SHARED} samples whose share of the smaller document's other samples reaches the
 * threshold is a candidate.
 * <p>
 * The denominator leaves out the boilerplate samples: a notice that is its stock phrases plus
 * three paragraphs of a decision is, apart from the stock phrases, those three paragraphs.
 */
public final class ContainmentIndex {

	/** The fewest samples a candidate pair shares, so that one shared stock sentence is not enough. */
	public static final int MIN_SHARED = 3;
	/**
	 * A sample in more than this share of the documents is boilerplate. A decision that a tenth of
	 * the corpus copies is still followed; on the reuse benchmark, whose documents all recombine the
	 * same 80 KB, a tenth added 731 candidates to LSH's 11,732 and a fifth 44,622 (four times the
	 * alignment), while a twentieth added 151 and found the planted notices as well.
	 */
	public static final double BOILERPLATE_SHARE = 0.1;
	/** However small the corpus, a sample in this many documents is not boilerplate. */
	public static final int MIN_BOILERPLATE = 10;

	private final int n;
	private final int bits;
	/** The groups of documents sharing a sample (two to the cap), one after another. */
	private final int[] groupDocs;
	/** Where each group starts in {@link #groupDocs}, and its end after the last. */
	private final int[] groupStart;
	/** Per document, the groups it is in: {@code docGroups[docStart[d] .. docStart[d + 1])}. */
	private final int[] docGroups;
	private final int[] docStart;
	/** Per document, its samples that are not boilerplate. */
	private final int[] kept;

	/** @param samples per document, its samples ({@link ContainmentSamples#of}), ascending */
	public ContainmentIndex(long[][] samples) {
		n = samples.length;
		bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
		kept = new int[n];
		long[] keys = keys(samples);
		IntList docs = new IntList();
		IntList starts = new IntList();
		int cap = maxDocuments(n);
		int[] members = new int[n];
		for (int from = 0; from < keys.length;) {
			int to = from;
			int m = 0;
			while (to < keys.length && keys[to] >>> bits == keys[from] >>> bits) {
				int d = (int) (keys[to] & ((1L << bits) - 1));
				if (m == 0 || members[m - 1] != d) { // two samples may share a key prefix
					members[m++] = d;
				}
				to++;
			}
			if (m <= cap) {
				for (int k = 0; k < m; k++) {
					kept[members[k]]++;
				}
				if (m >= 2) {
					starts.add(docs.size);
					docs.addAll(members, m);
				}
			}
			from = to;
		}
		starts.add(docs.size);
		groupDocs = docs.toArray();
		groupStart = starts.toArray();
		docStart = new int[n + 1];
		docGroups = invert();
	}

	/** @return the most documents a sample may be in before it is boilerplate, for {@code n} documents */
	public static int maxDocuments(int n) {
		return Math.max(MIN_BOILERPLATE, (int) Math.ceil(BOILERPLATE_SHARE * n));
	}

	/** The keys {@code sample prefix | document}, sorted, so that a sample's documents lie together. */
	private long[] keys(long[][] samples) {
		long total = 0;
		for (long[] s : samples) {
			total += s.length;
		}
		long[] keys = new long[Math.toIntExact(total)];
		int k = 0;
		for (int d = 0; d < n; d++) {
			for (long s : samples[d]) {
				keys[k++] = s >>> bits << bits | d;
			}
		}
		Arrays.parallelSort(keys);
		return keys;
	}

	private int[] invert() {
		int groups = groupStart.length - 1;
		for (int g = 0; g < groups; g++) {
			for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
				docStart[groupDocs[k] + 1]++;
			}
		}
		for (int d = 0; d < n; d++) {
			docStart[d + 1] += docStart[d];
		}
		int[] out = new int[docStart[n]];
		int[] next = Arrays.copyOf(docStart, n);
		for (int g = 0; g < groups; g++) {
			for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
				out[next[groupDocs[k]]++] = g;
			}
		}
		return out;
	}

	/**
	 * @param threshold the lowest estimated containment, above 0
	 * @param progress told of each document done; its cancel is honoured
	 * @return the pairs {@code {i, j}}, {@code i < j}, ordered, whose estimated containment reaches
	 *         the threshold
	 */
	public List<int[]> candidates(double threshold, ReuseProgress progress) {
		ThreadLocal<int[]> counts = ThreadLocal.withInitial(() -> new int[n]);
		List<List<int[]>> per = IntStream.range(0, n).parallel().mapToObj(i -> {
			if (progress.cancelled()) {
				throw new java.util.concurrent.CancellationException();
			}
			List<int[]> out = candidates(i, threshold, counts.get());
			progress.worked(1);
			return out;
		}).toList();
		List<int[]> all = new ArrayList<>();
		per.forEach(all::addAll);
		return all;
	}

	/** The candidates {@code {i, j}}, {@code j > i}; {@code count} all zero before and after. */
	private List<int[]> candidates(int i, double threshold, int[] count) {
		IntList touched = new IntList();
		for (int k = docStart[i]; k < docStart[i + 1]; k++) {
			int g = docGroups[k];
			for (int x = groupStart[g + 1] - 1; x >= groupStart[g] && groupDocs[x] > i; x--) {
				if (count[groupDocs[x]]++ == 0) {
					touched.add(groupDocs[x]);
				}
			}
		}
		int[] js = touched.toArray();
		Arrays.sort(js);
		List<int[]> out = new ArrayList<>();
		for (int j : js) {
			int shared = count[j];
			count[j] = 0;
			if (shared >= MIN_SHARED && shared >= threshold * Math.min(kept[i], kept[j])) {
				out.add(new int[] { i, j });
			}
		}
		return out;
	}

	/** A growable array of ints. */
	private static final class IntList {
		int[] values = new int[16];
		int size;

		void add(int v) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = v;
		}

		void addAll(int[] from, int count) {
			for (int k = 0; k < count; k++) {
				add(from[k]);
			}
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}
}
