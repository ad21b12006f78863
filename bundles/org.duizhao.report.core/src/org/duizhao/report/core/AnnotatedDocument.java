package org.duizhao.report.core;

import java.util.List;

import org.duizhao.annotations.core.Memo;
import org.duizhao.corpus.core.Document;

/**
 * One document of a {@link DocumentReport}.
 *
 * @param document the document with its metadata
 * @param text the text of its current version
 * @param passages the reported passages on that version, ordered by start
 * @param memos the document's memos, oldest first
 * @param leftOut passages that match the selection but are not on the current version (unanchored
 *            or not yet re-anchored), so cannot be shown in the text
 */
public record AnnotatedDocument(Document document, String text, List<Passage> passages, List<Memo> memos,
		int leftOut) {

	/** Copies the lists. */
	public AnnotatedDocument {
		passages = List.copyOf(passages);
		memos = List.copyOf(memos);
	}
}
