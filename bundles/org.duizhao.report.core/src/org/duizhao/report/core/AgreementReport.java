package org.duizhao.report.core;

import java.util.List;

import org.duizhao.corpus.core.Document;

/**
 * The inter-coder agreement report: per code the units (characters), the share on which all
 * coders agree, Cohen's kappa (two coders) and Krippendorff's alpha, with the coders, the
 * documents and the codes it was computed on.
 *
 * @param projectName the project's name
 * @param coders the coders compared, in order
 * @param documents the documents whose characters are the units
 * @param rows one per selected code, in code-tree order
 */
public record AgreementReport(String projectName, List<String> coders, List<Document> documents,
		List<AgreementLine> rows) implements Report {

	/** Copies the lists. */
	public AgreementReport {
		coders = List.copyOf(coders);
		documents = List.copyOf(documents);
		rows = List.copyOf(rows);
	}

	@Override
	public ReportKind kind() {
		return ReportKind.AGREEMENT;
	}
}
