package org.duizhao.compare.ui.internal.editor;

/** How the compare editor shows its two documents. */
public enum CompareMode {
	/** Two versions of one text: aligned changes, moves, similarity. */
	VERSIONS,
	/** Two related texts: shared formulas, parallel passages, distinctive vocabulary. */
	RELATED
}
