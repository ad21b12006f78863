package org.duizhao.compare.core;

/**
 * What became of one base sentence in one other text.
 *
 * @param status never {@code null}
 * @param similarity 1 for a sentence kept as it is, the character similarity for a changed one,
 *            the moved share for one kept elsewhere, 0 for a dropped one; suits a heat view
 * @param otherSentence the index of the matching sentence in the other text, or {@code -1}
 * @since 0.1
 */
public record SentenceFate(Status status, double similarity, int otherSentence) {

	/** The three outcomes. */
	public enum Status {
		/** Found unchanged (possibly at another place). */
		KEPT,
		/** Found as a similar, edited sentence. */
		CHANGED,
		/** Not found. */
		DROPPED
	}

	/** @return the fate a sentence link of the base text stands for */
	public static SentenceFate of(SentenceLink link) {
		switch (link.kind()) {
		case EQUAL:
		case MOVED:
			return new SentenceFate(Status.KEPT, link.similarity(), link.b());
		case CHANGED:
			return new SentenceFate(Status.CHANGED, link.similarity(), link.b());
		default:
			return new SentenceFate(Status.DROPPED, 0, -1);
		}
	}
}
