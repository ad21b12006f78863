package org.duizhao.annotations.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A memo on a document or on the whole project (memos on passages are {@link Annotation#memo()}).
 *
 * @param id stable id (UUID), not {@code null}
 * @param documentId the document, or {@code null} for a project memo
 * @param title a short title, not {@code null}
 * @param text the memo, not {@code null}
 * @param author who wrote it, not {@code null}
 * @param created not {@code null}
 * @param modified not {@code null}
 * @param rowVersion optimistic-locking version
 */
public record Memo(String id, String documentId, String title, String text, String author, Instant created,
		Instant modified, long rowVersion) {

	/** Checks the fields. */
	public Memo {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(author, "author"); //$NON-NLS-1$
		Objects.requireNonNull(created, "created"); //$NON-NLS-1$
		title = title == null ? "" : title; //$NON-NLS-1$
		text = text == null ? "" : text; //$NON-NLS-1$
		modified = modified == null ? created : modified;
	}

	/** @return a copy with another title and text */
	public Memo withText(String newTitle, String newText) {
		return new Memo(id, documentId, newTitle, newText, author, created, modified, rowVersion);
	}
}
