package org.duizhao.compare.ui.internal.handlers;

import org.duizhao.compare.ui.internal.prefs.ComparePreferences;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Gives a comparison that has just opened the width it needs. Two texts side by side need about
 * twice the width of one, and the default layout leaves the editor about half the window, so
 * unless the preference says to keep the layout the editor is maximized. Maximizing rather than
 * switching to another perspective: the explorer and the other views stay one click away (their
 * minimized stacks), a double-click on the tab brings the layout back, and nothing changes for
 * the researcher's other editors.
 */
public final class EditorPlacement {

	private EditorPlacement() {
	}

	/** Maximizes {@code editor} when the preference says so, and activates it. */
	public static void apply(IWorkbenchPage page, IEditorPart editor) {
		if (ComparePreferences.maximizeOnOpen()
				&& page.getPartState(page.getReference(editor)) != IWorkbenchPage.STATE_MAXIMIZED) {
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		}
		page.activate(editor);
	}
}
