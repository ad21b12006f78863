package org.duizhao.analysis.core;

import java.util.List;

/**
 * What two related texts share and what sets them apart.
 *
 * @param formulas shared formulas, most distinctive first (see {@link RelatedTexts})
 * @param documents per formula (same order), how many documents of the corpus hold it
 * @param passages parallel passages in the order of the first text
 * @param distinctiveA words over-represented in the first text
 * @param distinctiveB words over-represented in the second text
 */
public record RelatedReport(List<SharedFormula> formulas, List<Integer> documents, List<ParallelPassage> passages,
		List<Keyword> distinctiveA, List<Keyword> distinctiveB) {

	/** Copies the lists. */
	public RelatedReport {
		formulas = List.copyOf(formulas);
		documents = List.copyOf(documents);
		passages = List.copyOf(passages);
		distinctiveA = List.copyOf(distinctiveA);
		distinctiveB = List.copyOf(distinctiveB);
	}
}
