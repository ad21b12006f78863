package org.duizhao.compare.ui.internal.model;

import org.duizhao.text.core.normalize.Normalizer;

/** The two texts an editor shows side by side and their project's normalizer, read off the UI thread. */
public interface PairTexts {

	/** @return {a, b}, the original texts; may read the disk */
	String[] read() throws Exception;

	/** @return the normalizer of the documents' project; may read the disk */
	Normalizer normalizer() throws Exception;
}
