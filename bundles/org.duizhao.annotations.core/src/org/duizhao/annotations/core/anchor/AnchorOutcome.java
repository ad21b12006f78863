package org.duizhao.annotations.core.anchor;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;

/**
 * What re-anchoring did with one annotation.
 *
 * @param before the annotation as given, not {@code null}
 * @param after the annotation placed on the new version (anchoring {@code EXACT}, {@code QUOTE} or
 *            {@code FUZZY}), or kept where it was and marked {@code UNANCHORED}; not {@code null}
 * @param similarity 1 for exact and quote placements, the match's similarity for fuzzy ones, 0 for
 *            unanchored annotations
 * @since 0.1
 */
public record AnchorOutcome(Annotation before, Annotation after, double similarity) {

	/** @return how the annotation was placed */
	public Anchoring how() {
		return after.anchoring();
	}

	/** @return whether the store must be told (an annotation unanchored before and after is unchanged) */
	public boolean changed() {
		return !after.equals(before);
	}
}
