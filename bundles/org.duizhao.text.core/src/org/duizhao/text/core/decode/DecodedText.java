package org.duizhao.text.core.decode;

import java.util.Objects;

/**
 * The result of decoding bytes to text.
 *
 * @param text the decoded text, never {@code null}; only a byte order mark is removed, every other
 *            character is kept (malformed sequences appear as U+FFFD)
 * @param charset the canonical name of the charset used, never {@code null} (for example
 *            {@code "UTF-8"}, {@code "GB18030"}, {@code "Big5"}, {@code "UTF-16LE"})
 * @param confidence how sure the decoder is that {@code charset} is right, 0 to 100; 100 for a byte
 *            order mark or valid multi-byte UTF-8
 * @param bomLength number of bytes of byte order mark skipped at the start, 0 if none
 * @param malformed number of malformed or unmappable byte sequences replaced by U+FFFD
 */
public record DecodedText(String text, String charset, int confidence, int bomLength, int malformed) {

	/** Checks the arguments. */
	public DecodedText {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		Objects.requireNonNull(charset, "charset"); //$NON-NLS-1$
		if (confidence < 0 || confidence > 100) {
			throw new IllegalArgumentException("confidence outside 0..100: " + confidence); //$NON-NLS-1$
		}
	}

	/** @return whether no byte sequence had to be replaced */
	public boolean isClean() {
		return malformed == 0;
	}
}
