package org.duizhao.compare.ui.internal.widgets;

import java.util.List;

import org.duizhao.compare.ui.internal.model.ChangeNavigator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A narrow, full-height canvas that paints the changes of a comparison: the band and the rulers. */
abstract class ChangeStrip {

	protected final Canvas canvas;
	protected ChangeNavigator changes = new ChangeNavigator(List.of());

	ChangeStrip(Composite parent, int width) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		GridData data = new GridData(SWT.CENTER, SWT.FILL, false, true);
		data.widthHint = width;
		canvas.setLayoutData(data);
		canvas.addPaintListener(e -> paint(e.gc));
	}

	Canvas canvas() {
		return canvas;
	}

	void setChanges(ChangeNavigator value) {
		changes = value;
		canvas.redraw();
	}

	void redraw() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** Paints the strip. */
	protected abstract void paint(GC gc);
}
