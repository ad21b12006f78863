package org.duizhao.compare.ui.internal.widgets;

import java.util.List;

import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.ui.internal.model.Shade;
import org.duizhao.text.core.TextRange;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;

/**
 * The band between the panes: for each change visible on either side, a band joins its lines in
 * A to its lines in B; moves are drawn in their own colour, the current change outlined.
 */
final class CenterBand extends ChangeStrip {

	static final int WIDTH = 36;

	private final ComparePane a;
	private ComparePane b;
	private List<PassageLink> links;

	CenterBand(Composite parent, ComparePane a, ComparePane b) {
		super(parent, WIDTH);
		this.a = a;
		this.b = b;
	}

	void setRight(ComparePane right) {
		this.b = right;
	}

	/** @param value the links of Related mode, drawn instead of the changes; {@code null}: the changes */
	void setLinks(List<PassageLink> value) {
		links = value;
		redraw();
	}

	@Override
	protected void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		if (links != null) {
			paintLinks(gc);
			return;
		}
		TextRange visA = a.visibleRange();
		TextRange visB = b.visibleRange();
		int width = canvas.getClientArea().width;
		for (int k = 0; k < changes.size(); k++) {
			Hunk h = changes.get(k);
			if (!near(h.a(), visA) && !near(h.b(), visB)) {
				continue;
			}
			int[] left = span(a, h.a());
			int[] right = span(b, h.b());
			int[] shape = { 0, left[0], width, right[0], width, right[1], 0, left[1] };
			boolean current = k == changes.current();
			gc.setBackground(CompareColors.background(Shade.of(h.type())));
			// translucent, so that bands of neighbouring changes stay apart where they cross
			gc.setAlpha(current ? 255 : 150);
			gc.fillPolygon(shape);
			gc.setAlpha(current ? 255 : 120);
			gc.setForeground(current ? CompareColors.CURRENT : canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
			gc.setLineWidth(current ? 2 : 1);
			gc.drawPolygon(shape);
		}
	}

	/**
	 * Each link joins its passage's lines in A to those in B, whatever their order: links cross
	 * where the texts order their passages differently. A passage off screen is reached by a link
	 * running out at the top or bottom edge.
	 */
	private void paintLinks(GC gc) {
		TextRange visA = a.visibleRange();
		TextRange visB = b.visibleRange();
		int width = canvas.getClientArea().width;
		PassageLink current = null;
		for (PassageLink link : links) {
			if (link.current()) {
				current = link;
			} else if (near(link.a(), visA) || near(link.b(), visB)) {
				drawLink(gc, link, width, false);
			}
		}
		if (current != null) {
			drawLink(gc, current, width, true);
		}
	}

	private void drawLink(GC gc, PassageLink link, int width, boolean current) {
		int[] left = span(a, link.a());
		int[] right = span(b, link.b());
		int[] shape = { 0, left[0], width, right[0], width, right[1], 0, left[1] };
		gc.setBackground(CompareColors.background(Shade.PASSAGE_SHARED));
		gc.setAlpha(current ? 230 : 110);
		gc.fillPolygon(shape);
		gc.setAlpha(current ? 255 : 170);
		gc.setForeground(current ? CompareColors.CURRENT : CompareColors.LINK);
		gc.setLineWidth(current ? 2 : 1);
		gc.drawPolygon(shape);
		gc.setAlpha(255);
	}

	private static boolean near(TextRange range, TextRange visible) {
		return range.end() >= visible.start() && range.start() <= visible.end();
	}

	/** @return the top and bottom (band coordinates) of {@code range}'s lines in {@code pane} */
	private int[] span(ComparePane pane, TextRange range) {
		int top = pane.yOf(range.start());
		int bottom = range.isEmpty() ? top + 2 : pane.bottomOf(Math.max(range.start(), range.end() - 1));
		Point origin = canvas.toControl(pane.text().toDisplay(0, 0));
		int max = canvas.getClientArea().height + 4;
		return new int[] { clamp(origin.y + top, max), clamp(origin.y + bottom, max) };
	}

	private static int clamp(int y, int max) {
		return Math.max(-4, Math.min(y, max));
	}

	/** @return the index of the change drawn at {@code y}, or {@code -1} */
	int changeAt(int y) {
		TextRange visA = a.visibleRange();
		for (int k = 0; k < changes.size(); k++) {
			Hunk h = changes.get(k);
			if (near(h.a(), visA)) {
				int[] left = span(a, h.a());
				if (y >= left[0] - 1 && y <= left[1] + 1) {
					return k;
				}
			}
		}
		return -1;
	}
}
