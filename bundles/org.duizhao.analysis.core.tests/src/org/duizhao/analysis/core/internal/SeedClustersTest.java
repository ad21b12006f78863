package org.duizhao.analysis.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Seeds and their clusters. The clusters are checked against a plain reference: the seeds sorted
 * with a comparator (band of diagonal, then position in the second text) and grouped as the engine
 * groups them, which is what the counting sorts must reproduce.
 */
class SeedClustersTest {

	@Test
	void seedsAreTheSharedRunsAndNeverCrossAParagraphEnd() {
		String a = "甲乙丙丁戊己\n庚辛壬癸";
		String b = "子丑甲乙丙丁戊\n己庚辛壬癸";
		List<String> found = new ArrayList<>();
		for (long s : Seeds.find(a, b)) {
			found.add((int) (s >>> 32) + ":" + (int) s); //$NON-NLS-1$
		}
		found.sort(null);
		// 甲乙丙丁 (0:2), 乙丙丁戊 (1:3), 庚辛壬癸 (7:9); 丙丁戊己 is one run in a but broken in b
		assertThat(found).containsExactly("0:2", "1:3", "7:9"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void runsCommonInEitherTextSeedNothing() {
		String common = "发展思想";
		String a = (common + HanMask.BREAK).repeat(Seeds.MAX_OCCURRENCES + 1) + "人民中心"; //$NON-NLS-1$
		String b = common + HanMask.BREAK + "人民中心"; //$NON-NLS-1$
		List<Integer> inA = new ArrayList<>();
		for (long s : Seeds.find(a, b)) {
			inA.add((int) (s >>> 32));
		}
		assertThat(inA).containsExactly(a.indexOf("人民中心")); //$NON-NLS-1$
	}

	@Test
	void clustersAgreeWithAComparatorSort() {
		Random r = new Random(11);
		for (int trial = 0; trial < 200; trial++) {
			int n = r.nextInt(400);
			long[] seeds = new long[n];
			int lengthA = 50 + r.nextInt(5_000);
			int lengthB = 50 + r.nextInt(5_000);
			for (int s = 0; s < n; s++) {
				int j = r.nextInt(lengthB);
				// mostly near a few diagonals, as shared passages are, some anywhere
				int i = r.nextInt(4) == 0 ? r.nextInt(lengthA) : Math.floorMod(j + (trial % 7) * 300 + r.nextInt(60), lengthA);
				seeds[s] = ((long) i << 32) | j;
			}
			int minCovered = r.nextInt(3) * 6;
			assertThat(describe(SeedClusters.of(seeds, Seeds.K, minCovered))).as("trial " + trial) //$NON-NLS-1$
					.isEqualTo(describe(reference(seeds, Seeds.K, minCovered)));
		}
	}

	@Test
	void noSeedsNoClusters() {
		assertThat(SeedClusters.of(new long[0], Seeds.K, 0)).isEmpty();
		assertThat(HanPassages.find("", "甲乙丙丁", null)).isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aPreparedIndexGivesWhatTheStringsGive() {
		String a = "我们要坚持以人民为中心的发展思想，久久为功，推动乡村全面振兴。\n另起一段，说别的事情。";
		String b = "各地坚持以人民为中心的发展思想，久久为功，推动乡村振兴。";
		String ca = HanMask.of(a).hanOnly(a).compact;
		String cb = HanMask.of(b).hanOnly(b).compact;
		assertThat(HanPassages.find(ca, HanPassages.grams(ca), cb, HanPassages.grams(cb), 4, null))
				.isEqualTo(HanPassages.find(ca, cb, 4, null)).isNotEmpty();
	}

	private static List<String> describe(List<SeedClusters.Cluster> clusters) {
		List<String> out = new ArrayList<>();
		for (SeedClusters.Cluster c : clusters) {
			out.add(c.minA() + "-" + c.maxA() + "/" + c.minB() + "-" + c.maxB() + " seeds " + c.seeds() + " covered " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					+ c.covered() + " diagonals " + c.lowDiagonal() + ".." + c.highDiagonal() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ Arrays.toString(c.diagonals()));
		}
		out.sort(null);
		return out;
	}

	/** The grouping written plainly: boxed pairs, a comparator sort per band pass, a linear scan. */
	private static List<SeedClusters.Cluster> reference(long[] packed, int k, int minCovered) {
		List<int[]> seeds = new ArrayList<>();
		for (long s : packed) {
			seeds.add(new int[] { (int) (s >>> 32), (int) s });
		}
		List<SeedClusters.Cluster> out = new ArrayList<>();
		for (int shift : new int[] { 0, SeedClusters.BAND / 2 }) {
			int sh = shift;
			seeds.sort(Comparator.<int[]>comparingInt(s -> Math.floorDiv(s[0] - s[1] + sh, SeedClusters.BAND))
					.thenComparingInt(s -> s[1]));
			int i = 0;
			while (i < seeds.size()) {
				int band = Math.floorDiv(seeds.get(i)[0] - seeds.get(i)[1] + shift, SeedClusters.BAND);
				int minA = seeds.get(i)[0];
				int maxA = minA + k;
				int minB = seeds.get(i)[1];
				int maxB = minB + k;
				int covered = k;
				BitSet diagonals = new BitSet();
				int base = -100_000;
				diagonals.set(minA - minB - base);
				int j = i;
				while (j + 1 < seeds.size()) {
					int[] next = seeds.get(j + 1);
					if (Math.floorDiv(next[0] - next[1] + shift, SeedClusters.BAND) != band || next[1] > maxB + SeedClusters.GAP
							|| Math.max(maxB, next[1] + k) - minB > SeedClusters.MAX_SPAN) {
						break;
					}
					j++;
					covered += Math.max(0, next[1] + k - Math.max(maxB, next[1]));
					minA = Math.min(minA, next[0]);
					maxA = Math.max(maxA, next[0] + k);
					maxB = Math.max(maxB, next[1] + k);
					diagonals.set(next[0] - next[1] - base);
				}
				int[] d = diagonals.stream().map(x -> x + base).toArray();
				if (j - i + 1 >= SeedClusters.MIN_SEEDS && covered >= minCovered) {
					SeedClusters.Cluster c = new SeedClusters.Cluster(minA, maxA, minB, maxB, j - i + 1, covered, d[0],
							d[d.length - 1], d);
					if (out.stream().noneMatch(o -> o.minA() == c.minA() && o.maxA() == c.maxA() && o.minB() == c.minB()
							&& o.maxB() == c.maxB())) {
						out.add(c);
					}
				}
				i = j + 1;
			}
		}
		return out;
	}
}
