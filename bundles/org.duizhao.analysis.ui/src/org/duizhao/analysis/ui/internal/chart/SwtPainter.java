package org.duizhao.analysis.ui.internal.chart;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/** Paints on an SWT graphics context: the view's canvas or an image for PNG export. */
public final class SwtPainter implements Painter, AutoCloseable {

	private final GC gc;
	private final Map<Integer, Color> colors = new HashMap<>();

	/** @param gc where to paint; not disposed here */
	public SwtPainter(GC gc) {
		this.gc = gc;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
	}

	private Color color(int rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
	}

	@Override
	public void fillRect(int x, int y, int w, int h, int rgb) {
		gc.setBackground(color(rgb));
		gc.fillRectangle(x, y, w, h);
	}

	@Override
	public void drawRect(int x, int y, int w, int h, int rgb) {
		gc.setForeground(color(rgb));
		gc.setLineWidth(1);
		gc.drawRectangle(x, y, w, h);
	}

	@Override
	public void line(int x1, int y1, int x2, int y2, int rgb, int width) {
		gc.setForeground(color(rgb));
		gc.setLineWidth(width);
		gc.drawLine(x1, y1, x2, y2);
	}

	@Override
	public void circle(int cx, int cy, int r, int rgb, int ring) {
		gc.setBackground(color(rgb));
		gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
		if (ring >= 0) {
			gc.setForeground(color(ring));
			gc.setLineWidth(2);
			gc.drawOval(cx - r, cy - r, 2 * r, 2 * r);
		}
	}

	@Override
	public void text(String s, int x, int y, int rgb) {
		gc.setForeground(color(rgb));
		gc.drawText(s, x, y, true);
	}

	@Override
	public int textWidth(String s) {
		return gc.textExtent(s).x;
	}

	@Override
	public int lineHeight() {
		return gc.getFontMetrics().getHeight();
	}

	@Override
	public void close() {
		colors.values().forEach(Color::dispose);
		colors.clear();
	}
}
