package org.duizhao.compare.ui.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One text's highlights while they are painted: each UTF-16 index keeps the strongest shade painted
 * over it (the later in {@link Shade}'s order wins), so the shades may be painted in any order.
 * {@link #runs()} turns the layer into sorted, non-overlapping runs, as a text widget wants its
 * style ranges. UI-free.
 */
public final class ShadeLayer {

	private static final byte NONE = -1;

	private final byte[] layer;

	/** @param length the text's length in UTF-16 units; nothing is shaded yet */
	public ShadeLayer(int length) {
		layer = new byte[length];
		Arrays.fill(layer, NONE);
	}

	/** Paints {@code shade} from {@code start} to {@code end} (clipped to the text) where nothing stronger is. */
	public void paint(int start, int end, Shade shade) {
		byte code = (byte) shade.ordinal();
		for (int i = Math.max(0, start); i < Math.min(end, layer.length); i++) {
			if (layer[i] < code) {
				layer[i] = code;
			}
		}
	}

	/** @return the shaded runs, sorted, never {@code null} */
	public List<ShadeRun> runs() {
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
