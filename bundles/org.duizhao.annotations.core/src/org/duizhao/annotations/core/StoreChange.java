package org.duizhao.annotations.core;

import java.util.Set;

/**
 * A change to the store, made by this process or (for stores that can tell) by another one.
 *
 * @param kind what changed
 * @param ids the ids of the changed records; empty when many or unknown ("reload all of this kind")
 * @param documentIds the documents whose annotations changed, when known, else empty
 * @param external whether another process or user made the change
 */
public record StoreChange(Kind kind, Set<String> ids, Set<String> documentIds, boolean external) {

	/** What a change is about. */
	public enum Kind {
		/** The code system. */
		CODES,
		/** Annotations (passages, their codes and memos). */
		ANNOTATIONS,
		/** Document and project memos. */
		MEMOS,
		/** Links and link types. */
		LINKS,
		/** Anything: reload everything. */
		ALL
	}

	/** Copies the sets. */
	public StoreChange {
		ids = ids == null ? Set.of() : Set.copyOf(ids);
		documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
	}
}
