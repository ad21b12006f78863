package org.duizhao.compare.ui.internal.base;

import java.util.function.IntConsumer;

import org.duizhao.compare.core.BaseComparison;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The fate of every base sentence in every other document at a glance: one column per document,
 * one thin row per sentence, cells coloured by fate. A click on a column opens that comparison.
 */
final class HeatView {

	private static final int HEADER = 22;
	private final Canvas canvas;
	private BaseComparison table;

	HeatView(Composite parent, IntConsumer openColumn) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			int column = columnAt(e.x);
			if (column >= 0) {
				openColumn.accept(column);
			}
		});
	}

	Control control() {
		return canvas;
	}

	void show(BaseComparison value) {
		table = value;
		canvas.redraw();
	}

	private int columnWidth() {
		return table == null || table.columnCount() == 0 ? 1
				: Math.max(1, canvas.getClientArea().width / table.columnCount());
	}

	private int columnAt(int x) {
		if (table == null) {
			return -1;
		}
		int c = x / columnWidth();
		return c < table.columnCount() ? c : -1;
	}

	private void paint(GC gc) {
		if (table == null) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		int width = columnWidth();
		int rows = Math.max(1, table.rowCount());
		double rowHeight = (area.height - HEADER) / (double) rows;
		for (int c = 0; c < table.columnCount(); c++) {
			String name = table.columnName(c);
			Point size = gc.textExtent(name);
			gc.drawText(name, c * width + Math.max(2, (width - size.x) / 2), 2, true);
			for (int r = 0; r < table.rowCount(); r++) {
				int y = HEADER + (int) (r * rowHeight);
				int h = Math.max(1, (int) ((r + 1) * rowHeight) - (int) (r * rowHeight));
				gc.setBackground(FateColors.of(table.fate(r, c)));
				gc.fillRectangle(c * width + 2, y, width - 4, h);
			}
		}
	}
}
