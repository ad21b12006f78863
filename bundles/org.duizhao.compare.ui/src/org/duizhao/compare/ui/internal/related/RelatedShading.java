package org.duizhao.compare.ui.internal.related;

import java.util.Collection;
import java.util.List;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.Span;
import org.duizhao.compare.ui.internal.model.Shade;
import org.duizhao.compare.ui.internal.model.ShadeLayer;
import org.duizhao.compare.ui.internal.model.ShadeRun;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.text.core.TextRange;

/**
 * The highlights of one side in Related mode: the passages at or above the threshold in a light
 * shade, what each shares with its pair in a stronger one, and every occurrence of the selected
 * formulas on top. Sorted and non-overlapping, in UTF-16 indices of the original text. UI-free.
 */
public final class RelatedShading {

	private RelatedShading() {
	}

	/**
	 * @param result the analysis
	 * @param side which text
	 * @param threshold the lowest score shown
	 * @param selected the formulas whose occurrences are highlighted
	 */
	public static List<ShadeRun> runs(RelatedResult result, Side side, double threshold,
			Collection<FormulaRow> selected) {
		ShadeLayer layer = new ShadeLayer(result.text(side).length());
		for (ParallelPassage p : result.passages(threshold)) {
			paint(layer, result.utf16(side, RelatedResult.span(p, side)), Shade.PASSAGE);
			for (Span s : side == Side.A ? result.parts(p).inA() : result.parts(p).inB()) {
				paint(layer, result.utf16(side, s), Shade.PASSAGE_SHARED);
			}
		}
		for (FormulaRow f : selected) {
			for (Span s : side == Side.A ? f.formula().inA() : f.formula().inB()) {
				paint(layer, result.utf16(side, s), Shade.FORMULA);
			}
		}
		return layer.runs();
	}

	private static void paint(ShadeLayer layer, TextRange r, Shade shade) {
		layer.paint(r.start(), r.end(), shade);
	}
}
