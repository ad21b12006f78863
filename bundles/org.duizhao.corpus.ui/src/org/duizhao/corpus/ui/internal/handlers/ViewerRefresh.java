package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.ui.Restylable;
import org.duizhao.corpus.ui.internal.viewer.DocumentViewerEditor;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

/** Restyles the open document viewers after a toggle or a table changed. */
final class ViewerRefresh {

	private ViewerRefresh() {
	}

	/** Reads the documents again and recomputes their marks (after a table changed). */
	static void reloadAll(IWorkbenchPage page) {
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref.getEditor(false) instanceof DocumentViewerEditor viewer) {
				viewer.reload();
			}
		}
	}

	static void restyleAll(IWorkbenchPage page) {
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref.getEditor(false) instanceof Restylable editor) {
				editor.restyle();
			}
		}
	}
}
