package org.duizhao.annotations.core.exchange;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param documents documents written (with their text, for REFI-QDA)
 * @param codes codes written
 * @param annotations annotations (coded segments) written
 * @param memos document and project memos written
 * @param problems one user-readable line for each item left out and why, never {@code null}
 */
public record ExportResult(int documents, int codes, int annotations, int memos, List<String> problems) {

	/** Copies the list. */
	public ExportResult {
		problems = List.copyOf(problems);
	}
}
