package org.duizhao.annotations.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A typed link between two passages, typically in two documents (a sentence that echoes another).
 * Both ends are annotations (possibly without codes), so they are anchored and re-anchored like any
 * annotation.
 *
 * @param id stable id (UUID), not {@code null}
 * @param fromId the first passage's annotation id, not {@code null}
 * @param toId the second passage's annotation id, not {@code null}
 * @param type one of the project's link types (e.g. {@code echoes}), not {@code null}
 * @param memo may be empty, not {@code null}
 * @param author who made it, not {@code null}
 * @param created not {@code null}
 * @param rowVersion optimistic-locking version
 */
public record Link(String id, String fromId, String toId, String type, String memo, String author, Instant created,
		long rowVersion) {

	/** Link types a new project starts with. */
	public static final java.util.List<String> DEFAULT_TYPES = java.util.List.of("echoes", "expands", "contradicts", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"quotes", "implements"); //$NON-NLS-1$ //$NON-NLS-2$

	/** Checks the fields. */
	public Link {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(fromId, "fromId"); //$NON-NLS-1$
		Objects.requireNonNull(toId, "toId"); //$NON-NLS-1$
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		Objects.requireNonNull(author, "author"); //$NON-NLS-1$
		Objects.requireNonNull(created, "created"); //$NON-NLS-1$
		memo = memo == null ? "" : memo; //$NON-NLS-1$
	}
}
