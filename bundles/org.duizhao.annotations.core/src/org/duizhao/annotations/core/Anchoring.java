package org.duizhao.annotations.core;

/**
 * How an annotation is attached to the current text version of its document. An annotation made on
 * a version is {@link #ORIGINAL}; re-anchoring onto a new version records how it was carried over.
 */
public enum Anchoring {
	/** Made on the version it names. */
	ORIGINAL,
	/** Carried over through the comparison of two versions, its text unchanged. */
	EXACT,
	/** Found again by its quote with prefix and suffix. */
	QUOTE,
	/** Found again by a fuzzy match of its quote above the threshold. */
	FUZZY,
	/** Could not be placed safely; its position is that of the version it names, kept for the researcher. */
	UNANCHORED;

	/** @return whether the annotation's position is valid on its document's current version */
	public boolean isAnchored() {
		return this != UNANCHORED;
	}
}
