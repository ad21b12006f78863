package org.duizhao.annotations.core.anchor;

import java.util.Objects;

/**
 * One text version of a document, as re-anchoring reads it.
 *
 * @param number the version number annotations name
 * @param text the decoded text, not {@code null}
 * @since 0.1
 */
public record VersionText(int number, String text) {

	/** Checks the text. */
	public VersionText {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
	}
}
