package org.duizhao.report.core;

import java.util.List;

import org.duizhao.corpus.core.Document;

/**
 * The comparison report. Always the table of the base against each other document; with exactly
 * one other document also the pair in full ({@link #pair()}): both texts side by side with the
 * differences, shared and parallel passages, shared formulas and annotations.
 *
 * @param projectName the project's name
 * @param settings how the documents were compared
 * @param base the base (document A of a pair)
 * @param table one row per other document, in the order chosen
 * @param pair the pair in full, or {@code null} when the base was compared with several documents
 */
public record ComparisonReport(String projectName, ComparisonSettings settings, Document base, List<BaseRow> table,
		PairComparison pair) implements Report {

	/** Copies the list. */
	public ComparisonReport {
		table = List.copyOf(table);
	}

	@Override
	public ReportKind kind() {
		return ReportKind.COMPARISON;
	}
}
