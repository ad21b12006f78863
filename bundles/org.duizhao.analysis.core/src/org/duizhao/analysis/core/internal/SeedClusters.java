package org.duizhao.analysis.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
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

	/**
	 * @param seeds packed as {@code positionInA << 32 | positionInB} ({@link Seeds#find})
	 * @param minCovered the fewest characters a cluster's seeds must cover: clusters below it are a
	 *            shared phrase, not a passage, and are not worth aligning (in a long pair every
	 *            shared run of five characters makes such a cluster)
	 * @return the clusters of both band passes, each distinct one once
	 */
	static List<Cluster> of(long[] seeds, int k, int minCovered) {
		// by band of diagonal, then along it; half-overlapping bands are made by a second pass shifted
		// by BAND / 2. Both orders come from counting sorts (by position in B, then stably by band):
		// a pair of long texts has hundreds of thousands of seeds, and sorting them was half its time
		int n = seeds.length;
		int[] byB = new int[n]; // seed indexes ordered by position in B
		int maxB = 0;
		int minD = Integer.MAX_VALUE;
		int maxD = Integer.MIN_VALUE;
		for (long s : seeds) {
			int d = (int) (s >>> 32) - (int) s;
			maxB = Math.max(maxB, (int) s);
			minD = Math.min(minD, d);
			maxD = Math.max(maxD, d);
		}
		int[] count = new int[maxB + 2];
		for (long s : seeds) {
			count[(int) s + 1]++;
		}
		for (int j = 1; j < count.length; j++) {
			count[j] += count[j - 1];
		}
		for (int s = 0; s < n; s++) {
			byB[count[(int) seeds[s]]++] = s;
		}
		List<Cluster> out = new ArrayList<>();
		int[] posA = new int[n];
		int[] posB = new int[n];
		for (int shift : new int[] { 0, BAND / 2 }) {
			if (n == 0) {
				break;
			}
			int low = Math.floorDiv(minD + shift, BAND);
			int[] bands = new int[Math.floorDiv(maxD + shift, BAND) - low + 2];
			for (long s : seeds) {
				bands[band(s, shift) - low + 1]++;
			}
			for (int b = 1; b < bands.length; b++) {
				bands[b] += bands[b - 1];
			}
			for (int s : byB) {
				int at = bands[band(seeds[s], shift) - low]++;
				posA[at] = (int) (seeds[s] >>> 32);
				posB[at] = (int) seeds[s];
			}
			collect(posA, posB, k, shift, out);
		}
		// a cluster inside one band of both passes is found twice: align it once
		Set<Bounds> seen = new HashSet<>();
		List<Cluster> kept = new ArrayList<>();
		for (Cluster c : out) {
			if (c.covered() >= minCovered && seen.add(new Bounds(c.minA(), c.maxA(), c.minB(), c.maxB()))) {
				kept.add(c);
			}
		}
		return kept;
	}

	private record Bounds(int minA, int maxA, int minB, int maxB) {
	}

	private static int band(long seed, int shift) {
		return Math.floorDiv((int) (seed >>> 32) - (int) seed + shift, BAND);
	}

	/** Collects clusters from seeds ordered by band, then by position in B. */
	private static void collect(int[] posA, int[] posB, int k, int shift, List<Cluster> out) {
		int i = 0;
		while (i < posA.length) {
			int band = Math.floorDiv(posA[i] - posB[i] + shift, BAND);
			int j = i;
			int minA = posA[i];
			int maxA = minA + k;
			int minB = posB[i];
			int maxB = minB + k;
			int covered = k;
			int lowDiagonal = minA - minB;
			int highDiagonal = lowDiagonal;
			while (j + 1 < posA.length) {
				int nextA = posA[j + 1];
				int nextB = posB[j + 1];
				if (Math.floorDiv(nextA - nextB + shift, BAND) != band || nextB > maxB + GAP
						|| Math.max(maxB, nextB + k) - minB > MAX_SPAN) {
					break;
				}
				j++;
				covered += Math.max(0, nextB + k - Math.max(maxB, nextB));
				minA = Math.min(minA, nextA);
				maxA = Math.max(maxA, nextA + k);
				maxB = Math.max(maxB, nextB + k);
				lowDiagonal = Math.min(lowDiagonal, nextA - nextB);
				highDiagonal = Math.max(highDiagonal, nextA - nextB);
			}
			if (j - i + 1 >= MIN_SEEDS) {
				out.add(new Cluster(minA, maxA, minB, maxB, j - i + 1, covered, lowDiagonal, highDiagonal,
						diagonals(posA, posB, i, j)));
			}
			i = j + 1;
		}
	}

	/** @return the distinct diagonals of seeds {@code from} to {@code to} (inclusive), ascending */
	private static int[] diagonals(int[] posA, int[] posB, int from, int to) {
		int[] d = new int[to - from + 1];
		for (int k = from; k <= to; k++) {
			d[k - from] = posA[k] - posB[k];
		}
		Arrays.sort(d);
		int n = 0;
		for (int k = 0; k < d.length; k++) {
			if (n == 0 || d[k] != d[n - 1]) {
				d[n++] = d[k];
			}
		}
		return Arrays.copyOf(d, n);
	}
}
