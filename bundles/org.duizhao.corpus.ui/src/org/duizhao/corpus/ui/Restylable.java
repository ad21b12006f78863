package org.duizhao.corpus.ui;

/**
 * An editor that shows document text and applies the viewer toggles ({@link ViewerOptions}): the
 * toggle handlers call {@link #restyle()} on every open one.
 */
public interface Restylable {

	/** Applies the current viewer toggles again. */
	void restyle();
}
