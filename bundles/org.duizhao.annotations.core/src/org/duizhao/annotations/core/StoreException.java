package org.duizhao.annotations.core;

import java.io.IOException;

/**
 * The annotation store cannot do what was asked (cannot be opened, a write failed, the connection
 * dropped); the message is meant for the user. Nothing of the failed call was written.
 */
public class StoreException extends IOException {

	private static final long serialVersionUID = 1L;

	/** @param message user-readable message */
	public StoreException(String message) {
		super(message);
	}

	/** @param message user-readable message; @param cause the underlying failure */
	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
