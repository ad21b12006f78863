package org.duizhao.report.core;

import java.util.Locale;
import java.util.Optional;

/** What a report shows. Each kind has its own data model, built by {@link ReportBuilder}. */
public enum ReportKind {
	/** Annotated documents: the text with coded passages, memos, a code legend: {@link DocumentReport}. */
	DOCUMENT,
	/** Coded segments, grouped by code and as a flat table: {@link SegmentsReport}. */
	SEGMENTS,
	/**
	 * Two documents side by side with their differences, shared and parallel passages and
	 * annotations, or one base against several documents: {@link ComparisonReport}.
	 */
	COMPARISON,
	/** Inter-coder agreement per code, with the coders and the settings: {@link AgreementReport}. */
	AGREEMENT;

	/** @return the name typed on the command line, e.g. {@code document} */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the kind typed as {@code id}, if there is one */
	public static Optional<ReportKind> of(String id) {
		for (ReportKind k : values()) {
			if (k.id().equals(id)) {
				return Optional.of(k);
			}
		}
		return Optional.empty();
	}
}
