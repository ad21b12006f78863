package org.duizhao.text.core.normalize;

import java.util.List;
import java.util.Objects;

/**
 * A normalized view together with the folds that made it.
 *
 * @param text the view, never {@code null}
 * @param folds every change, in step order, in original offsets; never {@code null}
 */
public record NormalizationResult(NormalizedText text, List<Fold> folds) {

	/** Checks for {@code null} and copies the list. */
	public NormalizationResult {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		folds = List.copyOf(folds);
	}
}
