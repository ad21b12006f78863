package org.duizhao.compare.ui.internal.model;

import java.util.List;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.core.SentenceLink;
import org.duizhao.text.core.TextRange;

/**
 * Computes the highlight runs of one side's original text: first the light shades of changed
 * sentences, then the strong shades of the hunks over them. The result is sorted and
 * non-overlapping, as a text widget wants its style ranges. UI-free.
 */
public final class Shading {

	private Shading() {
	}

	/** @return the runs of {@code side} in {@code result}, sorted, never {@code null} */
	public static List<ShadeRun> runs(CompareResult result, Side side) {
		CompareSide text = side == Side.A ? result.a() : result.b();
		ShadeLayer layer = new ShadeLayer(text.text().original().length());
		for (SentenceLink link : result.links()) {
			Shade shade = Shade.of(link.kind());
			int index = side == Side.A ? link.a() : link.b();
			if (shade != null && index >= 0 && index < text.sentences().size()
					&& (side == Side.A ? link.kind() != SentenceLink.Kind.INSERTED : link.kind() != SentenceLink.Kind.DELETED)) {
				TextRange r = text.sentences().get(index);
				int[] o = text.text().toOriginal(r.start(), r.end());
				layer.paint(o[0], o[1], shade);
			}
		}
		for (Hunk h : result.hunks()) {
			TextRange r = side == Side.A ? h.a() : h.b();
			layer.paint(r.start(), r.end(), Shade.of(h.type()));
		}
		return layer.runs();
	}
}
