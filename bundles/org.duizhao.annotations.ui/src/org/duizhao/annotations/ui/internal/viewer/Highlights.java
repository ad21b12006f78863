package org.duizhao.annotations.ui.internal.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.text.core.CodePoints;
import org.eclipse.swt.graphics.RGB;

/**
 * Turns the annotations of a document version into {@link Mark}s on the widget: code point offsets
 * become UTF-16 indices, each code of an annotation becomes a mark in its colour, and overlapping
 * marks get different layers so that every one stays visible.
 */
public final class Highlights {

	/** The colour of a passage without codes (a memo or a link end). */
	static final RGB PLAIN = new RGB(200, 200, 200);

	private Highlights() {
	}

	/**
	 * @param annotations annotations on {@code text}'s version (others are left out by the caller)
	 * @param codes the code system
	 * @param text the version's text
	 * @return the marks, by start, layers assigned
	 */
	public static List<Mark> of(List<Annotation> annotations, CodeTree codes, String text) {
		CodePoints.Index index = CodePoints.index(text);
		int length = index.codePointLength();
		List<Mark> flat = new ArrayList<>();
		for (Annotation a : annotations) {
			if (!a.anchoring().isAnchored() || a.end() > length || a.length() == 0) {
				continue;
			}
			int s = index.toUtf16(a.start());
			int e = index.toUtf16(a.end());
			if (a.codeIds().isEmpty()) {
				flat.add(new Mark(s, e, PLAIN, 0, a));
			}
			for (String id : a.codeIds()) {
				codes.get(id).ifPresent(c -> flat.add(new Mark(s, e, rgb(c), 0, a)));
			}
		}
		flat.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
		return layered(flat);
	}

	/** Gives each mark the lowest layer no earlier overlapping mark uses (greedy interval colouring). */
	private static List<Mark> layered(List<Mark> sorted) {
		List<Integer> layerEnds = new ArrayList<>();
		List<Mark> out = new ArrayList<>(sorted.size());
		for (Mark m : sorted) {
			int layer = 0;
			while (layer < layerEnds.size() && layerEnds.get(layer) > m.start()) {
				layer++;
			}
			if (layer == layerEnds.size()) {
				layerEnds.add(m.end());
			} else {
				layerEnds.set(layer, m.end());
			}
			out.add(new Mark(m.start(), m.end(), m.color(), layer, m.annotation()));
		}
		return out;
	}

	/** @return the code's colour as RGB (the default colour when malformed) */
	public static RGB rgb(Code code) {
		String c = code.color();
		try {
			return new RGB(Integer.parseInt(c.substring(1, 3), 16), Integer.parseInt(c.substring(3, 5), 16),
					Integer.parseInt(c.substring(5, 7), 16));
		} catch (RuntimeException e) {
			return new RGB(255, 217, 102);
		}
	}
}
