package org.duizhao.analysis.core.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The steps of {@link PassageFinder} on the compact Han strings of two texts, in plain Java (no
 * progress monitor, no Eclipse class): seeds, clusters, local alignment of each cluster's
 * neighbourhood, merging and keeping the best. {@link PassageFinder} runs them with progress for
 * the workbench; the corpus-wide reuse core runs them as a pure function of two strings
 * ({@link #find}), where a cluster that is not one copied run is aligned along each of its seeds'
 * diagonals rather than by dynamic programming: reuse aligns thousands of pairs of hundreds of
 * clusters each, and on the reuse benchmark the pieces came within 2 % of the shared volume while
 * a pair took a third of the time.
 */
public final class HanPassages {

	/**
	 * A found passage in compact positions, ends exclusive, with its aligned characters.
	 *
	 * @param startA start in the first compact string
	 * @param endA end in the first compact string
	 * @param startB start in the second compact string
	 * @param endB end in the second compact string
	 * @param matches aligned equal characters
	 */
	public record Found(int startA, int endA, int startB, int endB, int matches) {

		/** @return twice the aligned characters over both passages' length, 0–1 */
		public double score() {
			int total = (endA - startA) + (endB - startB);
			return total == 0 ? 0 : 2.0 * matches / total;
		}
	}

	private HanPassages() {
	}

	/**
	 * @param a the first compact string (Han characters, line breaks for paragraph ends)
	 * @param b the second
	 * @param cancelled asked between clusters; when it answers {@code true} the search stops and
	 *            returns what it found so far, may be {@code null}
	 * @return the passages, merged, each kept only when no better one covers it
	 */
	public static List<Found> find(String a, String b, BooleanSupplier cancelled) {
		return find(a, b, 0, cancelled);
	}

	/**
	 * @param minCovered the fewest characters a cluster's seeds must cover to be aligned (half the
	 *            shortest passage wanted: less is a shared phrase, not a passage)
	 * @see #find(String, String, BooleanSupplier)
	 */
	public static List<Found> find(String a, String b, int minCovered, BooleanSupplier cancelled) {
		return find(a, grams(a), b, grams(b), minCovered, cancelled);
	}

	/**
	 * @param a the first compact string
	 * @param gramsA its index of runs ({@link #grams}), made once however many texts it meets
	 * @param b the second
	 * @param gramsB its index of runs
	 * @see #find(String, String, int, BooleanSupplier)
	 */
	public static List<Found> find(String a, long[] gramsA, String b, long[] gramsB, int minCovered,
			BooleanSupplier cancelled) {
		List<SeedClusters.Cluster> clusters = SeedClusters.of(Seeds.find(a, gramsA, b, gramsB, new BitSet(), new BitSet()),
				Seeds.K, minCovered);
		List<Found> found = new ArrayList<>();
		// copied runs first: a cluster inside one of them needs no alignment
		List<SeedClusters.Cluster> rest = new ArrayList<>();
		for (SeedClusters.Cluster c : clusters) {
			Found f = exact(a, b, c);
			if (f != null) {
				found.add(f);
			} else {
				rest.add(c);
			}
		}
		for (SeedClusters.Cluster c : rest) {
			if (cancelled != null && cancelled.getAsBoolean()) {
				break;
			}
			if (inside(found, c)) {
				continue; // found already: aligning again would be shadowed
			}
			alignByDiagonals(a, b, c, found);
		}
		return keepBest(merge(found));
	}

	/**
	 * Aligns a cluster along each of its seeds' diagonals, without gaps, and adds what it finds:
	 * a passage with an insertion or deletion comes out as pieces on neighbouring diagonals that
	 * {@link #merge} joins, and copied sentences set side by side as the pieces they are. A
	 * diagonal's best run stops at a paragraph end, so the rest of the diagonal on either side of
	 * it is aligned again: the best run alone kept one of two paragraphs copied one after the
	 * other, and a notice that copies a decision's paragraphs seemed to hold a third of what it does.
	 */
	static void alignByDiagonals(String a, String b, SeedClusters.Cluster c, List<Found> found) {
		int pad = 24;
		int fromA = Math.max(0, c.minA() - pad);
		int toA = Math.min(a.length(), c.maxA() + pad);
		int fromB = Math.max(0, c.minB() - pad);
		for (int d : c.diagonals()) {
			int last = Math.min(toA, Math.min(b.length(), c.maxB() + pad) + d);
			alignDiagonal(a, b, Math.max(fromA, fromB + d), last, d, 1, found);
		}
	}

	/**
	 * Adds the best run of diagonal {@code d} between {@code first} and {@code last} (positions in
	 * {@code a}) when it has at least {@code least} matches, then does the same on either side of it.
	 */
	private static void alignDiagonal(String a, String b, int first, int last, int d, int least, List<Found> found) {
		if (last - first < Seeds.K) {
			return;
		}
		LocalAligner.Result r = LocalAligner.alignDiagonal(a, first, last, b, first - d, last - d, d);
		if (r.matches() < least) {
			return;
		}
		found.add(new Found(r.startA(), r.endA(), r.startB(), r.endB(), r.matches()));
		alignDiagonal(a, b, first, r.startA(), d, Seeds.K, found);
		alignDiagonal(a, b, r.endA(), last, d, Seeds.K, found);
	}

	/** @return the cluster's passage: the copied run when it is one, else the local alignment */
	static Found exactOrAligned(String a, String b, SeedClusters.Cluster c) {
		Found f = exact(a, b, c);
		return f != null ? f : align(a, b, c);
	}

	private static boolean inside(List<Found> found, SeedClusters.Cluster c) {
		for (Found f : found) {
			if (f.startA() <= c.minA() && c.maxA() <= f.endA() && f.startB() <= c.minB() && c.maxB() <= f.endB()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A copied stretch needs no dynamic programming: when a cluster's two stretches are the same
	 * characters (within one paragraph), the passage is that run, extended while both texts go on
	 * alike. Copies are most of what corpus-wide reuse finds, and this keeps them linear.
	 *
	 * @return the exact run, or {@code null} when the stretches differ
	 */
	static Found exact(String a, String b, SeedClusters.Cluster c) {
		int length = c.maxA() - c.minA();
		if (length != c.maxB() - c.minB()) {
			return null;
		}
		for (int k = 0; k < length; k++) {
			char ch = a.charAt(c.minA() + k);
			if (ch != b.charAt(c.minB() + k) || ch == HanMask.BREAK) {
				return null;
			}
		}
		int startA = c.minA();
		int startB = c.minB();
		while (startA > 0 && startB > 0 && a.charAt(startA - 1) == b.charAt(startB - 1) && a.charAt(startA - 1) != HanMask.BREAK) {
			startA--;
			startB--;
		}
		int endA = c.maxA();
		int endB = c.maxB();
		while (endA < a.length() && endB < b.length() && a.charAt(endA) == b.charAt(endB) && a.charAt(endA) != HanMask.BREAK) {
			endA++;
			endB++;
		}
		return new Found(startA, endA, startB, endB, endA - startA);
	}

	/**
	 * @param stockA positions of {@code a} in stock phrases, which seed nothing (see
	 *            {@code GenericPhrases#covered})
	 * @param stockB the same for {@code b}
	 * @param minCovered the fewest characters a cluster's seeds must cover
	 */
	static List<SeedClusters.Cluster> clusters(String a, String b, BitSet stockA, BitSet stockB, int minCovered) {
		return SeedClusters.of(Seeds.find(a, grams(a), b, grams(b), stockA, stockB), Seeds.K, minCovered);
	}

	/**
	 * @param compact a compact string
	 * @return its index of runs of {@link Seeds#K} characters, sorted (8 bytes a character): what
	 *         seeding walks, worth keeping for a text compared with many others
	 * @throws IllegalArgumentException when the string is longer than 2^24 units
	 */
	public static long[] grams(String compact) {
		return Seeds.index(compact);
	}

	/**
	 * How many diagonals beyond its seeds' a cluster's alignment may drift: room for an insertion or
	 * deletion just outside the seeds (between two seeds the path stays within their diagonals). A
	 * band of 48 found no more on the reuse benchmark's corpus and took 40 % longer a pair: clusters
	 * are mostly short (50–100 characters), so the band's width is most of their work.
	 */
	static final int DRIFT = 8;

	/**
	 * @return the local alignment of the cluster's neighbourhood, in a band around its seeds'
	 *         diagonals; along the one diagonal without dynamic programming when its seeds share it
	 */
	static Found align(String a, String b, SeedClusters.Cluster c) {
		int pad = 24;
		int fromA = Math.max(0, c.minA() - pad);
		int toA = Math.min(a.length(), c.maxA() + pad);
		int fromB = Math.max(0, c.minB() - pad);
		int toB = Math.min(b.length(), c.maxB() + pad);
		if ((long) (toA - fromA) * (toB - fromB) > LocalAligner.MAX_CELLS) {
			return null; // SeedClusters cuts clusters so that this does not happen; a guard, not a path
		}
		LocalAligner.Result r = c.lowDiagonal() == c.highDiagonal()
				? LocalAligner.alignDiagonal(a, fromA, toA, b, fromB, toB, c.lowDiagonal())
				: LocalAligner.align(a, fromA, toA, b, fromB, toB, c.lowDiagonal() - DRIFT, c.highDiagonal() + DRIFT);
		return r.matches() == 0 ? null : new Found(r.startA(), r.endA(), r.startB(), r.endB(), r.matches());
	}

	/** Joins passages that touch or overlap in both texts, in the same order in both. */
	static List<Found> merge(List<Found> found) {
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
	static List<Found> keepBest(List<Found> found) {
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
}
