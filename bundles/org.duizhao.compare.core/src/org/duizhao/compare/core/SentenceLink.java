package org.duizhao.compare.core;

/**
 * How one sentence of A relates to one of B after alignment.
 *
 * @param kind never {@code null}
 * @param a index into A's sentences, or {@code -1} for {@link Kind#INSERTED}
 * @param b index into B's sentences, or {@code -1} for {@link Kind#DELETED}
 * @param similarity 1 for equal sentences; the character similarity of a changed pair; for a
 *            moved sentence the share of it that moved; for an inserted sentence the share of it
 *            that moved in from elsewhere (usually 0); 0 for a deleted one
 * @since 0.1
 */
public record SentenceLink(Kind kind, int a, int b, double similarity) {

	/** The relation. */
	public enum Kind {
		/** Same normalized text at the same place. */
		EQUAL,
		/** Paired with a similar sentence of the other text. */
		CHANGED,
		/** Mostly found elsewhere in the other text ({@code b} holds where its text starts). */
		MOVED,
		/** Only in A. */
		DELETED,
		/** Only in B. */
		INSERTED
	}
}
