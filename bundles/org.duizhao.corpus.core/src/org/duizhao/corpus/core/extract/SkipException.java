package org.duizhao.corpus.core.extract;

import java.util.Objects;

import org.duizhao.corpus.core.SkipReason;

/** Thrown by an {@link Extractor} to leave a file out of an import with a reason for the user. */
public class SkipException extends Exception {

	private static final long serialVersionUID = 1L;

	private final SkipReason reason;

	/**
	 * @param reason why, not {@code null}
	 * @param message user-readable explanation, not {@code null}
	 */
	public SkipException(SkipReason reason, String message) {
		super(message);
		this.reason = Objects.requireNonNull(reason, "reason"); //$NON-NLS-1$
	}

	/** @return why the file is skipped */
	public SkipReason reason() {
		return reason;
	}
}
