package org.duizhao.corpus.core;

import java.io.IOException;

/** A project cannot be created, opened or changed; the message is meant for the user. */
public class ProjectException extends IOException {

	private static final long serialVersionUID = 1L;

	/** @param message user-readable message */
	public ProjectException(String message) {
		super(message);
	}

	/** @param message user-readable message; @param cause the underlying failure */
	public ProjectException(String message, Throwable cause) {
		super(message, cause);
	}
}
