package org.duizhao.analysis.ui.internal.chart;

/** A chart drawn through a {@link Painter}: the same drawing on screen, in PNG and in SVG. */
public interface Chart {

	/** Draws the chart in {@code width} × {@code height}. */
	void paint(Painter p, int width, int height);
}
