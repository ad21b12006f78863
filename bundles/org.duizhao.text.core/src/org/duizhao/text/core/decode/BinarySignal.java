package org.duizhao.text.core.decode;

import java.util.Objects;

/**
 * Why bytes look like a binary file rather than text.
 *
 * @param kind what gave the file away, not {@code null}
 * @param detail for {@link Kind#MAGIC_NUMBER} the format name (for example {@code "PNG"}); for the
 *            other kinds the share of offending bytes in percent, as text; not {@code null}
 */
public record BinarySignal(Kind kind, String detail) {

	/** What gave a binary file away. */
	public enum Kind {
		/** The file starts with the signature of a known binary format. */
		MAGIC_NUMBER,
		/** The file holds NUL bytes that no text encoding explains. */
		NUL_BYTES,
		/** Too many control characters for text. */
		CONTROL_CHARACTERS
	}

	/** Checks the arguments. */
	public BinarySignal {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
	}
}
