package org.duizhao.analysis.ui.internal.chart;

/**
 * What a chart draws with: the same drawing code paints the view (SWT), the PNG export (SWT on an
 * image) and the SVG export ({@link SvgPainter}), so the files show what the screen shows.
 * Colours are {@code 0xRRGGBB}.
 */
public interface Painter {

	/** Fills a rectangle. */
	void fillRect(int x, int y, int w, int h, int rgb);

	/** Draws a rectangle's outline. */
	void drawRect(int x, int y, int w, int h, int rgb);

	/** Draws a line {@code width} pixels wide. */
	void line(int x1, int y1, int x2, int y2, int rgb, int width);

	/** Fills a circle; {@code ring} &ge; 0 also draws an outline in that colour. */
	void circle(int cx, int cy, int r, int rgb, int ring);

	/** Draws text with its top left corner at (x, y). */
	void text(String s, int x, int y, int rgb);

	/** @return the width of {@code s} in pixels */
	int textWidth(String s);

	/** @return the height of a line of text in pixels */
	int lineHeight();
}
