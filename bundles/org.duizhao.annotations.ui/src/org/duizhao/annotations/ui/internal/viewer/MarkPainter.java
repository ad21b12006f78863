package org.duizhao.annotations.ui.internal.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws marks over a StyledText without touching its styles (the viewer and the compare panes set
 * those themselves): the first coding at a place as a translucent background, overlapping ones as
 * coloured underlines stacked below the text. Only what is on screen is measured.
 */
final class MarkPainter {

	private static final int FILL_ALPHA = 140;
	private static final int UNDERLINE = 2;

	private final StyledText text;
	private List<Mark> marks = List.of();

	MarkPainter(StyledText text) {
		this.text = text;
		text.addPaintListener(this::paint);
	}

	void setMarks(List<Mark> value) {
		marks = value;
		text.redraw();
	}

	List<Mark> marks() {
		return marks;
	}

	private void paint(PaintEvent e) {
		if (marks.isEmpty() || text.getCharCount() == 0) {
			return;
		}
		int first = text.getOffsetAtLine(text.getLineIndex(0));
		int lastLine = text.getLineIndex(text.getClientArea().height);
		int last = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
		String shown = text.getText(first, Math.max(first, last - 1));
		GC gc = e.gc;
		int alpha = gc.getAlpha();
		for (Mark m : marks) {
			if (m.end() <= first || m.start() >= last) {
				continue;
			}
			Color color = new Color(text.getDisplay(), m.color());
			for (Rectangle r : rows(shown, first, Math.max(m.start(), first), Math.min(m.end(), last))) {
				if (m.layer() == 0) {
					gc.setAlpha(FILL_ALPHA);
					gc.setBackground(color);
					gc.fillRectangle(r);
				} else {
					gc.setAlpha(255);
					gc.setBackground(darker(color));
					gc.fillRectangle(r.x, r.y + r.height + (m.layer() - 1) * (UNDERLINE + 1), r.width, UNDERLINE);
				}
			}
		}
		gc.setAlpha(alpha);
	}

	/** @return one rectangle per visual line the range covers (wrapped lines give several) */
	private List<Rectangle> rows(String shown, int base, int start, int end) {
		List<Rectangle> rows = new ArrayList<>();
		Rectangle row = null;
		for (int i = start; i < end; i++) {
			char c = i - base < shown.length() ? shown.charAt(i - base) : '\n';
			if (c == '\n' || c == '\r') {
				continue;
			}
			Rectangle r = text.getTextBounds(i, i);
			if (row != null && r.y == row.y) {
				row.width = Math.max(row.width, r.x + r.width - row.x);
			} else {
				row = new Rectangle(r.x, r.y, r.width, r.height);
				rows.add(row);
			}
		}
		return rows;
	}

	private Color darker(Color c) {
		return new Color(text.getDisplay(), c.getRed() * 2 / 3, c.getGreen() * 2 / 3, c.getBlue() * 2 / 3);
	}
}
