package org.duizhao.annotations.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A titled dialog the user may resize, with one control of its area (a list, a text box) taking
 * the room it gets: the code picker and the memo dialog.
 */
public abstract class ResizableDialog extends Dialog {

	private final String title;

	/** @param title the window's title */
	protected ResizableDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** Lets {@code control} (in a grid) fill what room there is, {@code width} × {@code height} at first. */
	protected static void grow(Control control, int width, int height) {
		GridDataFactory.fillDefaults().grab(true, true).hint(width, height).applyTo(control);
	}
}
