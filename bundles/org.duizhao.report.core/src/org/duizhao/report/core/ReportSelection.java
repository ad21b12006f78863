package org.duizhao.report.core;

import java.util.List;

/**
 * Which part of a project a report covers; an empty list means all.
 *
 * @param documents documents by id, display name or source file name
 * @param codes codes by name or path ({@code parent/child}); a code brings its sub-codes
 * @param coders coder names
 */
public record ReportSelection(List<String> documents, List<String> codes, List<String> coders) {

	/** Copies the lists. */
	public ReportSelection {
		documents = documents == null ? List.of() : List.copyOf(documents);
		codes = codes == null ? List.of() : List.copyOf(codes);
		coders = coders == null ? List.of() : List.copyOf(coders);
	}

	/** @return everything in the project */
	public static ReportSelection all() {
		return new ReportSelection(null, null, null);
	}
}
