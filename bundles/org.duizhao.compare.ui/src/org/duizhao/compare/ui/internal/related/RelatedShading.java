package org.duizhao.compare.ui.internal.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.Span;
import org.duizhao.compare.ui.internal.model.Shade;
import org.duizhao.compare.ui.internal.model.ShadeRun;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.text.core.TextRange;

/**
 * The highlights of one side in Related mode: the passages at or above the threshold in a light
 * shade, what each shares with its pair in a stronger one, and every occurrence of the selected
 * formulas on top. Sorted and non-overlapping, in UTF-16 indices of the original text. UI-free.
 */
public final class RelatedShading {

	private static final byte NONE = -1;

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
		byte[] layer = new byte[result.text(side).length()];
		Arrays.fill(layer, NONE);
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
		return collect(layer);
	}

	private static void paint(byte[] layer, TextRange r, Shade shade) {
		byte code = (byte) shade.ordinal();
		for (int i = Math.max(0, r.start()); i < Math.min(r.end(), layer.length); i++) {
			if (layer[i] < code) {
				layer[i] = code;
			}
		}
	}

	private static List<ShadeRun> collect(byte[] layer) {
		List<ShadeRun> runs = new ArrayList<>();
		Shade[] shades = Shade.values();
		int i = 0;
		while (i < layer.length) {
			byte code = layer[i];
			int end = i + 1;
			while (end < layer.length && layer[end] == code) {
				end++;
			}
			if (code != NONE) {
				runs.add(new ShadeRun(i, end, shades[code]));
			}
			i = end;
		}
		return runs;
	}
}
