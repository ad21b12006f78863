package org.duizhao.report.core;

import java.util.List;

import org.duizhao.compare.core.CompareMetrics;

/**
 * Two documents compared in full. Every position is in code points of the documents' current
 * texts, end exclusive.
 *
 * @param a document A (the base) with its text and the selected annotations on it
 * @param b document B likewise
 * @param metrics the summary figures
 * @param differences the differences in the order of A (insertions, deletions, changes, moves)
 * @param shared passages equal at the same place in both, in order
 * @param formulas shared formulas, most distinctive first (the related-texts analysis)
 * @param parallels parallel passages (reworded but related), in the order of A
 */
public record PairComparison(AnnotatedDocument a, AnnotatedDocument b, CompareMetrics metrics,
		List<Difference> differences, List<MatchedPassage> shared, List<Formula> formulas,
		List<MatchedPassage> parallels) {

	/** Copies the lists. */
	public PairComparison {
		differences = List.copyOf(differences);
		shared = List.copyOf(shared);
		formulas = List.copyOf(formulas);
		parallels = List.copyOf(parallels);
	}
}
