package org.duizhao.analysis.core.corpus;

import java.util.List;

import org.duizhao.analysis.core.Keyword;

/**
 * The distinctive vocabulary of part of a project against the rest. In each {@link Keyword},
 * {@code A} is the target and {@code B} the rest.
 *
 * @param target what was set against the rest
 * @param targetDocuments the documents of the target, in project order
 * @param restDocuments how many documents the rest holds
 * @param targetWords the words counted in the target
 * @param restWords the words counted in the rest
 * @param keywords the words over-represented in the target, highest G² first
 */
public record KeynessReport(KeynessTarget target, List<CorpusDocument> targetDocuments, int restDocuments,
		long targetWords, long restWords, List<Keyword> keywords) {

	/** Copies the lists. */
	public KeynessReport {
		targetDocuments = List.copyOf(targetDocuments);
		keywords = List.copyOf(keywords);
	}
}
