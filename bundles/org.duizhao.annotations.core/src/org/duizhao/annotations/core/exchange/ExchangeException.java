package org.duizhao.annotations.core.exchange;

import java.io.IOException;

/**
 * A file to import cannot be read as its format: malformed JSON or XML, a required field missing,
 * an unsafe or oversized zip. The message says what and where, for the user; nothing was changed.
 */
public class ExchangeException extends IOException {

	private static final long serialVersionUID = 1L;

	/** @param message user-readable message */
	public ExchangeException(String message) {
		super(message);
	}

	/** @param message user-readable message; @param cause the parser's failure */
	public ExchangeException(String message, Throwable cause) {
		super(message, cause);
	}
}
