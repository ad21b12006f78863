package org.duizhao.compare.core;

import java.util.Locale;

/**
 * The kind of a {@link Hunk}.
 *
 * @since 0.1
 */
public enum HunkType {
	/** Text present only in B. */
	INSERT,
	/** Text present only in A. */
	DELETE,
	/** Text of A replaced by different text in B at the same place. */
	CHANGE,
	/** Text present in both, but at a different place in the order of the documents. */
	MOVE;

	/** @return the lower-case name used in JSON and reports, e.g. {@code "move"} */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
