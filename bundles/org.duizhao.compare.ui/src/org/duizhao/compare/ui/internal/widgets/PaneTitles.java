package org.duizhao.compare.ui.internal.widgets;

import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The documents' titles above the panes ("A: …", "B: …", as the shared passages view names them),
 * so a researcher knows which text is which; a long title is shortened in the middle and shown
 * whole in its tool tip. Hidden until titles are set.
 */
final class PaneTitles {

	private final CLabel a;
	private final Label gap;
	private final CLabel b;

	/** Creates the titles in the first row of {@code root}'s five-column grid, before {@code first}. */
	PaneTitles(Composite root, Control first) {
		a = title(root);
		gap = new Label(root, SWT.NONE);
		b = title(root);
		a.moveAbove(first);
		gap.moveBelow(a);
		b.moveBelow(gap);
		gap.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		setVisible(false);
	}

	private static CLabel title(Composite root) {
		CLabel label = new CLabel(root, SWT.LEFT);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		label.setLayoutData(cell(2));
		return label;
	}

	/** A cell that takes the width of its columns and never widens them (the panes stay equal). */
	private static GridData cell(int span) {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		data.widthHint = 0;
		return data;
	}

	void set(String titleA, String titleB) {
		show(a, NLS.bind(Messages.Pane_a, titleA));
		show(b, NLS.bind(Messages.Pane_b, titleB));
		setVisible(true);
	}

	private static void show(CLabel label, String text) {
		label.setText(text);
		label.setToolTipText(text);
	}

	private void setVisible(boolean visible) {
		for (Control c : new Control[] { a, gap, b }) {
			c.setVisible(visible);
			((GridData) c.getLayoutData()).exclude = !visible;
		}
		a.getParent().layout(true);
	}

	/** @return the title labels, for tests */
	CLabel[] labels() {
		return new CLabel[] { a, b };
	}
}
