package org.duizhao.compare.core;

/**
 * How finely paired sentences are compared after the sentence alignment.
 *
 * @since 0.1
 */
public enum Granularity {
	/** Changed sentences are reported whole; no diff inside them. */
	SENTENCE,
	/** Changed sentences are diffed word by word (the caller passes word ranges). */
	WORD,
	/** Changed sentences are diffed code point by code point. */
	CHAR
}
