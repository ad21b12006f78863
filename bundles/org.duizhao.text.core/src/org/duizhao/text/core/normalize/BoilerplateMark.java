package org.duizhao.text.core.normalize;

import java.util.Objects;

import org.duizhao.text.core.TextRange;

/**
 * A boilerplate line found in an original text.
 *
 * @param range the line in original UTF-16 indices, line break excluded, never {@code null}
 * @param rule the name of the rule that matched, never {@code null}
 */
public record BoilerplateMark(TextRange range, String rule) {

	/** Checks for {@code null}. */
	public BoilerplateMark {
		Objects.requireNonNull(range, "range"); //$NON-NLS-1$
		Objects.requireNonNull(rule, "rule"); //$NON-NLS-1$
	}
}
