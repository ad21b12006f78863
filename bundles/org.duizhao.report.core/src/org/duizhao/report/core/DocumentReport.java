package org.duizhao.report.core;

import java.util.List;

/**
 * The annotated-document report: each chosen document's text with its coded passages and memos,
 * and a legend of the codes with counts and coverage over all of them.
 *
 * @param projectName the project's name
 * @param documents the documents in project order
 * @param legend the selected codes in code-tree order
 */
public record DocumentReport(String projectName, List<AnnotatedDocument> documents, List<LegendEntry> legend)
		implements Report {

	/** Copies the lists. */
	public DocumentReport {
		documents = List.copyOf(documents);
		legend = List.copyOf(legend);
	}

	@Override
	public ReportKind kind() {
		return ReportKind.DOCUMENT;
	}
}
