package org.duizhao.annotations.core.exchange;

import java.util.List;

/**
 * What an import wrote and what it could not map.
 *
 * @param documents documents added to the project (REFI-QDA text sources)
 * @param codes codes created (codes that already existed by path are reused, not counted)
 * @param annotations annotations added
 * @param memos document and project memos added
 * @param relocated annotations whose position did not fit the text (out of range, or its quote
 *            did not match) and that were placed by searching their quote instead
 * @param problems one user-readable line for each item left out and why, never {@code null}
 */
public record ImportResult(int documents, int codes, int annotations, int memos, int relocated,
		List<String> problems) {

	/** Copies the list. */
	public ImportResult {
		problems = List.copyOf(problems);
	}
}
