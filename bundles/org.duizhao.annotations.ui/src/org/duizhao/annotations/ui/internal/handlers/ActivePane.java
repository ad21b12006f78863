package org.duizhao.annotations.ui.internal.handlers;

import java.util.List;
import java.util.Optional;

import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.DocumentPanes;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The pane coding acts on: in the active editor, the pane with the keyboard focus, else the one with
 * a selection, else the first.
 */
public final class ActivePane {

	private ActivePane() {
	}

	/** @return the active pane of {@code window}'s active editor, if it shows documents */
	public static Optional<DocumentPane> find(IWorkbenchWindow window) {
		if (window == null || window.getActivePage() == null) {
			return Optional.empty();
		}
		return of(window.getActivePage().getActiveEditor());
	}

	/** @return the active pane of {@code editor}, if it shows documents */
	public static Optional<DocumentPane> of(IEditorPart editor) {
		DocumentPanes panes = editor == null ? null : editor.getAdapter(DocumentPanes.class);
		if (panes == null || panes.panes().isEmpty()) {
			return Optional.empty();
		}
		List<DocumentPane> all = panes.panes();
		for (DocumentPane p : all) {
			if (!p.textWidget().isDisposed() && p.textWidget().isFocusControl()) {
				return Optional.of(p);
			}
		}
		for (DocumentPane p : all) {
			if (!p.textWidget().isDisposed() && p.textWidget().getSelectionCount() > 0) {
				return Optional.of(p);
			}
		}
		return Optional.of(all.get(0));
	}
}
