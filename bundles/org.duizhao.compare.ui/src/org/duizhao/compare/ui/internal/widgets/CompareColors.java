package org.duizhao.compare.ui.internal.widgets;

import java.util.EnumMap;
import java.util.Map;

import org.duizhao.compare.ui.internal.model.Shade;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The colours of the compare editor: a light background for changed sentences and a stronger one
 * for the characters that differ; moves in blue, insertions green, deletions red, changes amber.
 * Device-less colours need no disposal.
 */
public final class CompareColors {

	private static final Map<Shade, Color> BACKGROUNDS = new EnumMap<>(Shade.class);

	static {
		put(Shade.SENTENCE_CHANGED, 0xFFF6D8);
		put(Shade.SENTENCE_DELETED, 0xFDE8E8);
		put(Shade.SENTENCE_INSERTED, 0xE6F7E6);
		put(Shade.SENTENCE_MOVED, 0xE6EEFC);
		put(Shade.INSERT, 0xA6E3A6);
		put(Shade.DELETE, 0xF4A9A9);
		put(Shade.CHANGE, 0xF8D36A);
		put(Shade.MOVE, 0x9DBEF2);
		put(Shade.PASSAGE, 0xEEE6F8);
		put(Shade.PASSAGE_SHARED, 0xCDB6EC);
		put(Shade.FORMULA, 0xFFC94D);
	}

	/** The colour of a link between parallel passages. */
	public static final Color LINK = new Color(new RGB(0x8E, 0x6B, 0xC8));

	/** The colour of the outline of the current change. */
	public static final Color CURRENT = new Color(new RGB(0x20, 0x40, 0x90));

	private CompareColors() {
	}

	private static void put(Shade shade, int rgb) {
		BACKGROUNDS.put(shade, new Color(new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF)));
	}

	/** @return the background of {@code shade} */
	public static Color background(Shade shade) {
		return BACKGROUNDS.get(shade);
	}
}
