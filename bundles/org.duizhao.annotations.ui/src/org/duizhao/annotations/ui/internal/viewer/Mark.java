package org.duizhao.annotations.ui.internal.viewer;

import org.duizhao.annotations.core.Annotation;
import org.eclipse.swt.graphics.RGB;

/**
 * One coded stretch to draw: a code of an annotation over UTF-16 indices of the widget's text.
 * Layer 0 is drawn as a background; higher layers, where codings overlap, as underlines below it.
 *
 * @param start UTF-16 index, inclusive
 * @param end UTF-16 index, exclusive
 * @param color the code's colour
 * @param layer 0 for the first coding at a place, 1, 2, … for those overlapping it
 * @param annotation the annotation drawn
 */
public record Mark(int start, int end, RGB color, int layer, Annotation annotation) {

	/** @return whether the mark covers the UTF-16 index {@code offset} */
	public boolean contains(int offset) {
		return start <= offset && offset < end;
	}
}
