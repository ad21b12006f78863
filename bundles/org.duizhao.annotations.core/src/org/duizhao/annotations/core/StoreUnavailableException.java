package org.duizhao.annotations.core;

/**
 * The store's server cannot be reached (it is down, restarting, or the network dropped). Nothing of
 * the failed call was written; the store connects again by itself on a later call, and a shared
 * working copy keeps such edits in its outbox until then.
 */
public class StoreUnavailableException extends StoreException {

	private static final long serialVersionUID = 1L;

	/** @param message user-readable message; @param cause the underlying failure */
	public StoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
