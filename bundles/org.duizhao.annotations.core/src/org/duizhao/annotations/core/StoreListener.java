package org.duizhao.annotations.core;

/** Told of every change to a store; called on the thread that made it or on a store thread, never the UI thread. */
@FunctionalInterface
public interface StoreListener {

	/** @param change what changed, not {@code null} */
	void changed(StoreChange change);
}
