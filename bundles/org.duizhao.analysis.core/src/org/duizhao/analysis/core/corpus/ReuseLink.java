package org.duizhao.analysis.core.corpus;

import java.util.List;

import org.duizhao.analysis.core.ParallelPassage;

/**
 * Two documents of a project that share passages.
 *
 * @param a the first document
 * @param b the second document
 * @param resemblance the MinHash estimate of their shingle sets' Jaccard index, 0–1
 * @param shared the volume of shared passages: aligned Han characters
 * @param coverage the share of the shorter document the shared passages cover, 0–1: the containment
 *            of the shorter in the longer that the alignment measured
 * @param passages the shared passages in code points of the original texts
 * @param estimatedContainment the share of the smaller document's shingle samples the other has,
 *            0–1, the estimate that makes a pair a candidate by containment
 */
public record ReuseLink(CorpusDocument a, CorpusDocument b, double resemblance, int shared, double coverage,
		List<ParallelPassage> passages, double estimatedContainment) {

	/** Copies the list. */
	public ReuseLink {
		passages = List.copyOf(passages);
	}

	/** A link whose containment was not estimated (0). */
	public ReuseLink(CorpusDocument a, CorpusDocument b, double resemblance, int shared, double coverage,
			List<ParallelPassage> passages) {
		this(a, b, resemblance, shared, coverage, passages, 0);
	}
}
