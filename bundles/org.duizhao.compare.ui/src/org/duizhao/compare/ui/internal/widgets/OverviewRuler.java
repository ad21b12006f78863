package org.duizhao.compare.ui.internal.widgets;

import java.util.function.IntConsumer;

import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.ui.internal.model.ChangeNavigator;
import org.duizhao.compare.ui.internal.model.Shade;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.text.core.TextRange;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

/**
 * A narrow strip beside a pane showing where in the whole text the changes lie (by position in
 * the text) and which part is on screen; a click goes to the change nearest the click.
 */
final class OverviewRuler extends ChangeStrip {

	static final int WIDTH = 14;

	private final ComparePane pane;
	private final Side side;

	OverviewRuler(Composite parent, ComparePane pane, Side side, IntConsumer go) {
		super(parent, WIDTH);
		this.pane = pane;
		this.side = side;
		canvas.addListener(SWT.MouseDown, e -> {
			int k = nearest(e.y);
			if (k >= 0) {
				go.accept(k);
			}
		});
	}

	private int length() {
		return Math.max(1, pane.text().getCharCount());
	}

	private int y(int offset) {
		Rectangle area = canvas.getClientArea();
		return (int) ((long) offset * (area.height - 4) / length()) + 2;
	}

	@Override
	protected void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(area);
		for (int k = 0; k < changes.size(); k++) {
			Hunk h = changes.get(k);
			TextRange r = ChangeNavigator.range(h, side);
			int top = y(r.start());
			int height = Math.max(3, y(r.end()) - top);
			gc.setBackground(CompareColors.background(Shade.of(h.type())));
			gc.fillRectangle(2, top, area.width - 4, height);
			if (k == changes.current()) {
				gc.setForeground(CompareColors.CURRENT);
				gc.drawRectangle(1, top - 1, area.width - 3, height + 1);
			}
		}
		TextRange visible = pane.visibleRange();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawRectangle(0, y(visible.start()), area.width - 1, Math.max(2, y(visible.end()) - y(visible.start())));
	}

	private int nearest(int y) {
		int best = -1;
		int bestDistance = Integer.MAX_VALUE;
		for (int k = 0; k < changes.size(); k++) {
			TextRange r = ChangeNavigator.range(changes.get(k), side);
			int distance = Math.abs(y(r.start()) - y);
			if (distance < bestDistance) {
				best = k;
				bestDistance = distance;
			}
		}
		return best;
	}
}
