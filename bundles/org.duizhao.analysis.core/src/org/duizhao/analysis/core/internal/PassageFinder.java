package org.duizhao.analysis.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.duizhao.analysis.core.GenericPhrases;
import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.Span;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.normalize.NormalizedText;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Finds parallel passages of two normalized texts, on their Han characters only (punctuation and
 * spaces do not count, rewording does not break a passage):
 * <ol>
 * <li>seeds: shared runs of four characters that are rare in both texts and not wholly inside a
 * stock phrase ({@link Seeds}, {@link GenericPhrases#covered});</li>
 * <li>clusters: seeds near one diagonal and close together in both texts
 * ({@link SeedClusters});</li>
 * <li>each cluster's neighbourhood is aligned locally with affine gaps ({@link LocalAligner}),
 * bounded in area;</li>
 * <li>passages that touch in both texts are merged, overlapping ones give way to the better one,
 * and each is scored 0–1: twice its aligned characters over both passages' length.</li>
 * </ol>
 */
public final class PassageFinder {

	private final double minScore;
	private final int minLength;

	/**
	 * @param minScore the lowest score kept, 0–1
	 * @param minLength the fewest aligned Han characters in a passage
	 */
	public PassageFinder(double minScore, int minLength) {
		this.minScore = minScore;
		this.minLength = minLength;
	}

	/** A found passage in Han-only positions, with its aligned characters. */
	record Found(int startA, int endA, int startB, int endB, int matches) {
		double score() {
			int total = (endA - startA) + (endB - startB);
			return total == 0 ? 0 : 2.0 * matches / total;
		}
	}

	/** @return the passages, in the order of the first text */
	public List<ParallelPassage> find(NormalizedText a, NormalizedText b, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		HanMask ha = HanMask.of(a.text()).hanOnly(a.text());
		HanMask hb = HanMask.of(b.text()).hanOnly(b.text());
		List<int[]> seeds = Seeds.find(ha.compact, hb.compact, GenericPhrases.covered(ha.compact),
				GenericPhrases.covered(hb.compact));
		progress.worked(10);
		// a cluster whose seeds cover less than half a passage is a shared phrase: not aligned
		List<SeedClusters.Cluster> clusters = SeedClusters.of(seeds, Seeds.K, minLength / 2);
		SubMonitor aligning = progress.split(80).setWorkRemaining(Math.max(1, clusters.size()));
		List<Found> found = new ArrayList<>();
		for (SeedClusters.Cluster c : clusters) {
			aligning.split(1);
			Found f = align(ha.compact, hb.compact, c);
			if (f != null) {
				found.add(f);
			}
		}
		List<Found> kept = keepBest(merge(found));
		List<ParallelPassage> out = new ArrayList<>();
		CodePoints.Index oa = CodePoints.index(a.original());
		CodePoints.Index ob = CodePoints.index(b.original());
		for (Found f : kept) {
			if (f.matches() >= minLength && f.score() >= minScore) {
				out.add(new ParallelPassage(span(a, ha, oa, f.startA(), f.endA()), span(b, hb, ob, f.startB(), f.endB()),
						Math.round(f.score() * 1000) / 1000.0));
			}
		}
		out.sort(Comparator.comparingInt((ParallelPassage p) -> p.a().start()).thenComparingInt(p -> p.b().start()));
		return out;
	}

	private static Found align(String a, String b, SeedClusters.Cluster c) {
		int pad = 24;
		int fromA = Math.max(0, c.minA() - pad);
		int toA = Math.min(a.length(), c.maxA() + pad);
		int fromB = Math.max(0, c.minB() - pad);
		int toB = Math.min(b.length(), c.maxB() + pad);
		if ((long) (toA - fromA) * (toB - fromB) > LocalAligner.MAX_CELLS) {
			return null; // SeedClusters cuts clusters so that this does not happen; a guard, not a path
		}
		LocalAligner.Result r = LocalAligner.align(a, fromA, toA, b, fromB, toB);
		return r.matches() == 0 ? null : new Found(r.startA(), r.endA(), r.startB(), r.endB(), r.matches());
	}

	/** Joins passages that touch or overlap in both texts, in the same order in both. */
	private static List<Found> merge(List<Found> found) {
		List<Found> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt(Found::startA).thenComparingInt(Found::startB));
		List<Found> out = new ArrayList<>();
		for (Found f : sorted) {
			boolean joined = false;
			for (int k = out.size() - 1; k >= 0 && k >= out.size() - 8; k--) {
				Found g = out.get(k);
				if (f.startA() <= g.endA() + 8 && f.startB() <= g.endB() + 8 && f.startB() + 8 >= g.startB()
						&& f.endB() + 8 >= g.endB()) {
					int overlap = Math.max(0, Math.min(g.endA(), f.endA()) - f.startA());
					out.set(k, new Found(g.startA(), Math.max(g.endA(), f.endA()), Math.min(g.startB(), f.startB()),
							Math.max(g.endB(), f.endB()), g.matches() + Math.max(0, f.matches() - overlap)));
					joined = true;
					break;
				}
			}
			if (!joined) {
				out.add(f);
			}
		}
		return out;
	}

	/**
	 * Drops a passage that mostly overlaps a better one in both texts. The kept ones are indexed by
	 * where they start in the first text, so each passage is checked only against those that can
	 * overlap it there (thousands of candidates in a long pair, not their square).
	 */
	private static List<Found> keepBest(List<Found> found) {
		List<Found> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt(Found::matches).reversed());
		List<Found> out = new ArrayList<>();
		TreeMap<Integer, List<Found>> byStartA = new TreeMap<>();
		int longest = 0;
		for (Found f : sorted) {
			if (!shadowed(f, byStartA.subMap(f.startA() - longest, true, f.endA(), false).values())) {
				out.add(f);
				byStartA.computeIfAbsent(f.startA(), k -> new ArrayList<>()).add(f);
				longest = Math.max(longest, f.endA() - f.startA());
			}
		}
		return out;
	}

	private static boolean shadowed(Found f, Collection<List<Found>> near) {
		for (List<Found> list : near) {
			for (Found g : list) {
				if (overlap(f.startA(), f.endA(), g.startA(), g.endA()) > 0.5
						&& overlap(f.startB(), f.endB(), g.startB(), g.endB()) > 0.5) {
					return true;
				}
			}
		}
		return false;
	}

	private static double overlap(int s1, int e1, int s2, int e2) {
		int common = Math.min(e1, e2) - Math.max(s1, s2);
		return common <= 0 ? 0 : common / (double) Math.max(1, e1 - s1);
	}

	private static Span span(NormalizedText text, HanMask mask, CodePoints.Index original, int start, int end) {
		int[] orig = text.toOriginal(mask.position[start], mask.endInText(end));
		return new Span(original.toCodePoint(orig[0]), original.toCodePoint(orig[1]));
	}
}
