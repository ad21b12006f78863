package org.duizhao.compare.ui.internal.base;

import org.duizhao.compare.core.SentenceFate;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Heat colours of sentence fates: green kept, amber changed (darker when less similar), red dropped. */
final class FateColors {

	private static final Color KEPT = new Color(new RGB(0x8F, 0xD1, 0x8F));
	private static final Color DROPPED = new Color(new RGB(0xE8, 0x8A, 0x8A));
	private static final Color[] CHANGED = new Color[5];

	static {
		for (int k = 0; k < CHANGED.length; k++) {
			// from light amber (similar) to dark amber (barely similar)
			int g = 0xE6 - k * 0x16;
			int b = 0xA0 - k * 0x1C;
			CHANGED[k] = new Color(new RGB(0xF5, g, Math.max(0, b)));
		}
	}

	private FateColors() {
	}

	static Color of(SentenceFate fate) {
		return switch (fate.status()) {
		case KEPT -> KEPT;
		case DROPPED -> DROPPED;
		case CHANGED -> CHANGED[Math.min(CHANGED.length - 1, (int) ((1 - fate.similarity()) * CHANGED.length))];
		};
	}
}
