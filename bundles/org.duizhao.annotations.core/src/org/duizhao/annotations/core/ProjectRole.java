package org.duizhao.annotations.core;

import java.util.Locale;

/**
 * A member's role in a shared project. The server enforces it (login role, grants and row-level
 * security), not only the user interface.
 */
public enum ProjectRole {
	/** Members, code system, everything. */
	OWNER,
	/** Adds and edits their own annotations, memos and links; reads everything. */
	CODER,
	/** Reads. */
	VIEWER;

	/** @return the name stored on the server and typed on the command line */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @return the role named {@code key} ({@code owner}, {@code coder}, {@code viewer})
	 * @throws IllegalArgumentException for another name
	 */
	public static ProjectRole of(String key) {
		return valueOf(key.strip().toUpperCase(Locale.ROOT));
	}
}
