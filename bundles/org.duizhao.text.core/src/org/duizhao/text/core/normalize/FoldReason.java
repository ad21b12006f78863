package org.duizhao.text.core.normalize;

import org.duizhao.text.core.normalize.internal.NormalizeMessages;

/** Why a normalization step changed or dropped part of the original. */
public enum FoldReason {
	/** full-width or compatibility form folded to its plain form */
	WIDTH,
	/** whitespace collapsed or dropped */
	WHITESPACE,
	/** punctuation dropped */
	PUNCTUATION,
	/** pinyin gloss dropped */
	PINYIN_GLOSS,
	/** traditional/simplified conversion */
	SCRIPT,
	/** Unihan variant folded to the common character */
	VARIANT,
	/** generated look-alike folded to the common character */
	LOOKALIKE,
	/** look-alike from the project's own table */
	PROJECT_LOOKALIKE,
	/** boilerplate line dropped */
	BOILERPLATE;

	/** @return a short label for a user, in the current locale, never {@code null} */
	public String label() {
		return NormalizeMessages.reason(this);
	}
}
