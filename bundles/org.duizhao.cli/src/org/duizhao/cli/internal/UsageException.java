package org.duizhao.cli.internal;

/** Wrong arguments: the message says what is wrong; the exit code is 2. */
final class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
