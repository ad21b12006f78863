package org.duizhao.text.core.normalize;

import java.util.Objects;

import org.duizhao.text.core.TextRange;

/**
 * One change a normalization step made, in original offsets, for a viewer to explain
 * ("folded 苐→第 (look-alike)").
 *
 * @param original the original range (UTF-16 indices) that was changed, never {@code null}
 * @param from the original text of that range, never {@code null}
 * @param to what stands for it in the view, never {@code null}; empty when it was dropped
 * @param reason why, never {@code null}
 */
public record Fold(TextRange original, String from, String to, FoldReason reason) {

	/** Checks for {@code null}. */
	public Fold {
		Objects.requireNonNull(original, "original"); //$NON-NLS-1$
		Objects.requireNonNull(from, "from"); //$NON-NLS-1$
		Objects.requireNonNull(to, "to"); //$NON-NLS-1$
		Objects.requireNonNull(reason, "reason"); //$NON-NLS-1$
	}

	/** @return whether the original range was left out of the view */
	public boolean isDrop() {
		return to.isEmpty();
	}
}
