package org.duizhao.analysis.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups seeds that belong to one passage pair: near one diagonal (the offset between the two
 * texts drifts little inside a reworded passage) and close together along it. A group longer than
 * {@link #MAX_SPAN} is cut, so that aligning its neighbourhood stays bounded.
 */
final class SeedClusters {

	/** Diagonal band width: how far insertions and deletions may shift one text against the other. */
	static final int BAND = 48;
	/** The largest gap between two seeds of one passage. */
	static final int GAP = 40;
	/** The longest stretch of one text a cluster covers. */
	static final int MAX_SPAN = 1_500;
	/** The fewest seeds that make a cluster worth aligning. */
	static final int MIN_SEEDS = 2;

	/**
	 * Bounds of a cluster's seeds, ends exclusive.
	 *
	 * @param covered how many characters of the second text the seeds cover (a shared run of five
	 *            characters is two seeds covering five)
	 * @param lowDiagonal the least {@code positionInA - positionInB} of its seeds
	 * @param highDiagonal the greatest
	 * @param diagonals the distinct diagonals of its seeds, ascending
	 */
	record Cluster(int minA, int maxA, int minB, int maxB, int seeds, int covered, int lowDiagonal,
			int highDiagonal, int[] diagonals) {
	}

	private SeedClusters() {
	}

	static List<Cluster> of(List<int[]> seeds, int k) {
		return of(seeds, k, 0);
	}

	/**
	 * @param minCovered the fewest characters a cluster's seeds must cover: clusters below it are a
	 *            shared phrase, not a passage, and are not worth aligning (in a long pair every
	 *            shared run of five characters makes such a cluster)
	 * @return the clusters of both band passes, each distinct one once
	 */
	static List<Cluster> of(List<int[]> seeds, int k, int minCovered) {
		List<int[]> sorted = new ArrayList<>(seeds);
		// by band of diagonal, then along it; half-overlapping bands are made by a second pass shifted by BAND / 2
		List<Cluster> out = new ArrayList<>();
		for (int shift : new int[] { 0, BAND / 2 }) {
			sorted.sort(Comparator.<int[]>comparingInt(s -> Math.floorDiv(s[0] - s[1] + shift, BAND))
					.thenComparingInt(s -> s[1]));
			collect(sorted, k, shift, out);
		}
		// a cluster inside one band of both passes is found twice: align it once
		Set<List<Integer>> seen = new HashSet<>();
		List<Cluster> kept = new ArrayList<>();
		for (Cluster c : out) {
			if (c.covered() >= minCovered && seen.add(List.of(c.minA(), c.maxA(), c.minB(), c.maxB()))) {
				kept.add(c);
			}
		}
		return kept;
	}

	private static void collect(List<int[]> sorted, int k, int shift, List<Cluster> out) {
		int i = 0;
		while (i < sorted.size()) {
			int band = Math.floorDiv(sorted.get(i)[0] - sorted.get(i)[1] + shift, BAND);
			int j = i;
			int minA = sorted.get(i)[0];
			int maxA = minA + k;
			int minB = sorted.get(i)[1];
			int maxB = minB + k;
			int covered = k;
			int lowDiagonal = minA - minB;
			int highDiagonal = lowDiagonal;
			while (j + 1 < sorted.size()) {
				int[] next = sorted.get(j + 1);
				if (Math.floorDiv(next[0] - next[1] + shift, BAND) != band || next[1] > maxB + GAP
						|| Math.max(maxB, next[1] + k) - minB > MAX_SPAN) {
					break;
				}
				j++;
				covered += Math.max(0, next[1] + k - Math.max(maxB, next[1]));
				minA = Math.min(minA, next[0]);
				maxA = Math.max(maxA, next[0] + k);
				maxB = Math.max(maxB, next[1] + k);
				lowDiagonal = Math.min(lowDiagonal, next[0] - next[1]);
				highDiagonal = Math.max(highDiagonal, next[0] - next[1]);
			}
			if (j - i + 1 >= MIN_SEEDS) {
				out.add(new Cluster(minA, maxA, minB, maxB, j - i + 1, covered, lowDiagonal, highDiagonal,
						diagonals(sorted, i, j)));
			}
			i = j + 1;
		}
	}

	/** @return the distinct diagonals of {@code sorted[from, to]}, ascending */
	private static int[] diagonals(List<int[]> sorted, int from, int to) {
		int[] d = new int[to - from + 1];
		for (int k = from; k <= to; k++) {
			d[k - from] = sorted.get(k)[0] - sorted.get(k)[1];
		}
		return java.util.Arrays.stream(d).sorted().distinct().toArray();
	}
}
