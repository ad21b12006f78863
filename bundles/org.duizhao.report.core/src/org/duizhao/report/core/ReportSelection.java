package org.duizhao.report.core;

import java.util.List;

/**
 * Which part of a project a report covers; an empty list means all.
 *
 * @param documents documents by id, display name or source file name; for a comparison the two
 *            documents, or with a {@code base} the documents compared with it
 * @param codes codes by name or path ({@code parent/child}); a code brings its sub-codes
 * @param coders coder names; for agreement the coders compared (empty: every coder in the store)
 * @param base the base of a comparison with a base (id, display name or source file name), or
 *            {@code null}
 */
public record ReportSelection(List<String> documents, List<String> codes, List<String> coders, String base) {

	/** Copies the lists; a blank base is none. */
	public ReportSelection {
		documents = documents == null ? List.of() : List.copyOf(documents);
		codes = codes == null ? List.of() : List.copyOf(codes);
		coders = coders == null ? List.of() : List.copyOf(coders);
		base = base == null || base.isBlank() ? null : base;
	}

	/** A selection without a base. */
	public ReportSelection(List<String> documents, List<String> codes, List<String> coders) {
		this(documents, codes, coders, null);
	}

	/** @return everything in the project */
	public static ReportSelection all() {
		return new ReportSelection(null, null, null, null);
	}
}
