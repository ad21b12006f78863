package org.duizhao.analysis.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.analysis.core.GenericPhrases;
import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.Span;
import org.duizhao.analysis.core.internal.HanPassages.Found;
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
 * <li>clusters: seeds near one diagonal and close together in both texts ({@link SeedClusters});
 * a cluster whose seeds cover less than half a passage is a shared phrase and is not aligned;</li>
 * <li>each cluster's neighbourhood is aligned locally with affine gaps ({@link LocalAligner}),
 * bounded in area, unless it is a copied run;</li>
 * <li>passages that touch in both texts are merged, overlapping ones give way to the better one,
 * and each is scored 0–1: twice its aligned characters over both passages' length.</li>
 * </ol>
 * The steps themselves are {@link HanPassages}, which runs without a progress monitor.
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

	/** @return the passages, in the order of the first text */
	public List<ParallelPassage> find(NormalizedText a, NormalizedText b, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		HanMask ha = HanMask.of(a.text()).hanOnly(a.text());
		HanMask hb = HanMask.of(b.text()).hanOnly(b.text());
		List<SeedClusters.Cluster> clusters = HanPassages.clusters(ha.compact, hb.compact,
				GenericPhrases.covered(ha.compact), GenericPhrases.covered(hb.compact), minLength / 2);
		progress.worked(10);
		SubMonitor aligning = progress.split(80).setWorkRemaining(Math.max(1, clusters.size()));
		List<Found> found = new ArrayList<>();
		for (SeedClusters.Cluster c : clusters) {
			aligning.split(1);
			Found f = HanPassages.exactOrAligned(ha.compact, hb.compact, c);
			if (f != null) {
				found.add(f);
			}
		}
		List<Found> kept = HanPassages.keepBest(HanPassages.merge(found));
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

	private static Span span(NormalizedText text, HanMask mask, CodePoints.Index original, int start, int end) {
		int[] orig = text.toOriginal(mask.position[start], mask.endInText(end));
		return new Span(original.toCodePoint(orig[0]), original.toCodePoint(orig[1]));
	}
}
