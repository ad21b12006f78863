package org.duizhao.analysis.core.reuse;

import java.util.Objects;

/**
 * One document as the reuse core sees it: its id and its normalized text (script, variants and
 * look-alikes already folded). What the distributed engine ships around.
 *
 * @param id the document id, not {@code null}
 * @param text the normalized text, not {@code null}
 */
public record ReuseText(String id, String text) {

	/** Checks the fields. */
	public ReuseText {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
	}
}
