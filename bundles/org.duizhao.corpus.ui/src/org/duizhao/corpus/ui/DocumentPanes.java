package org.duizhao.corpus.ui;

import java.util.List;

/**
 * What an editor that shows documents adapts to ({@code getAdapter(DocumentPanes.class)}): its
 * panes, one for the document viewer, two for the compare editor.
 */
@FunctionalInterface
public interface DocumentPanes {

	/** @return the panes, in the order shown (left to right) */
	List<DocumentPane> panes();
}
