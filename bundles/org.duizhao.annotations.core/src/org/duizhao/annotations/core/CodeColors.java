package org.duizhao.annotations.core;

import java.util.List;

/** A palette of distinguishable highlight colours for new codes (light enough to read text on). */
public final class CodeColors {

	/** The colour of a code made without one. */
	public static final String DEFAULT = "#ffd966"; //$NON-NLS-1$

	private static final List<String> PALETTE = List.of("#ffd966", "#9fc5e8", "#b6d7a8", "#f4cccc", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"#d9d2e9", "#fce5cd", "#a2c4c9", "#ead1dc", "#c9daf8", "#d9ead3", "#fff2cc", "#e6b8af"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	private CodeColors() {
	}

	/** @return the palette colour for the {@code n}-th code (wraps around) */
	public static String nth(int n) {
		return PALETTE.get(Math.floorMod(n, PALETTE.size()));
	}

	/** @return whether {@code color} is of the form {@code #rrggbb} */
	public static boolean isValid(String color) {
		return color != null && color.matches("#[0-9a-fA-F]{6}"); //$NON-NLS-1$
	}
}
