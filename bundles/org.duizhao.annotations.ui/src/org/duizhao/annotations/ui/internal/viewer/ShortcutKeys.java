package org.duizhao.annotations.ui.internal.viewer;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.ui.internal.coding.Coding;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;

/**
 * A code's shortcut key codes the selection: the panes are read-only, so a plain letter or digit
 * typed in them has no other meaning.
 */
final class ShortcutKeys {

	private final AnnotationOverlay overlay;

	ShortcutKeys(AnnotationOverlay overlay) {
		this.overlay = overlay;
	}

	void attach(StyledText text) {
		text.addListener(SWT.KeyDown, this::keyDown);
	}

	private void keyDown(Event e) {
		if ((e.stateMask & (SWT.MOD1 | SWT.MOD3)) != 0 || !Character.isLetterOrDigit(e.character)) {
			return;
		}
		StyledText text = overlay.pane().textWidget();
		if (text.getSelectionCount() == 0) {
			return;
		}
		Code code = find(String.valueOf(e.character));
		if (code != null) {
			e.doit = false;
			Coding.apply(text.getShell(), overlay.pane(), code);
		}
	}

	/** @return the first code, in tree order, whose shortcut is {@code key}, or {@code null} */
	private Code find(String key) {
		java.util.List<Code> todo = new java.util.ArrayList<>(overlay.codes().roots());
		while (!todo.isEmpty()) {
			Code c = todo.remove(0);
			if (c.shortcut() != null && c.shortcut().equalsIgnoreCase(key)) {
				return c;
			}
			todo.addAll(overlay.codes().children(c.id()));
		}
		return null;
	}
}
