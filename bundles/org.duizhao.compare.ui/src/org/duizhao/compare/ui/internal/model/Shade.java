package org.duizhao.compare.ui.internal.model;

import org.duizhao.compare.core.HunkType;
import org.duizhao.compare.core.SentenceLink;

/**
 * How a stretch of original text is highlighted: light shades mark whole sentences that changed,
 * strong ones the characters or words that differ. Later constants win where shades overlap.
 */
public enum Shade {
	/** A sentence paired with an edited one. */
	SENTENCE_CHANGED,
	/** A sentence only in A. */
	SENTENCE_DELETED,
	/** A sentence only in B. */
	SENTENCE_INSERTED,
	/** A sentence found elsewhere in the other text. */
	SENTENCE_MOVED,
	/** Text only in B. */
	INSERT,
	/** Text only in A. */
	DELETE,
	/** Text replaced. */
	CHANGE,
	/** Text moved. */
	MOVE,
	/** Related mode: a parallel passage. */
	PASSAGE,
	/** Related mode: what the two passages of a pair share word for word. */
	PASSAGE_SHARED,
	/** Related mode: an occurrence of a selected shared formula. */
	FORMULA;

	/** @return the strong shade of a hunk type */
	public static Shade of(HunkType type) {
		return switch (type) {
		case INSERT -> INSERT;
		case DELETE -> DELETE;
		case CHANGE -> CHANGE;
		case MOVE -> MOVE;
		};
	}

	/** @return the light shade of a sentence link, or {@code null} for an equal sentence */
	public static Shade of(SentenceLink.Kind kind) {
		return switch (kind) {
		case CHANGED -> SENTENCE_CHANGED;
		case DELETED -> SENTENCE_DELETED;
		case INSERTED -> SENTENCE_INSERTED;
		case MOVED -> SENTENCE_MOVED;
		default -> null;
		};
	}

	/** @return whether this is a whole-sentence shade */
	public boolean isSentence() {
		return ordinal() <= SENTENCE_MOVED.ordinal();
	}
}
