package org.duizhao.analysis.ui.internal.chart;

/** Colours of the charts: one per region (a qualitative palette), shades for heat maps. */
public final class Palette {

	/** Text and axes. */
	public static final int INK = 0x333333;
	/** Grid lines. */
	public static final int GRID = 0xDDDDDD;
	/** Background. */
	public static final int PAPER = 0xFFFFFF;
	/** Marks the first appearance in a region. */
	public static final int FIRST = 0x000000;

	private static final int[] REGIONS = { 0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2,
			0x17BECF, 0xBCBD22, 0x7F7F7F };

	private Palette() {
	}

	/** @return the colour of the region at {@code index} of a chart's region list */
	public static int region(int index) {
		return index < 0 ? 0xAAAAAA : REGIONS[index % REGIONS.length];
	}

	/** @return white to deep blue for {@code share} 0–1 */
	public static int heat(double share) {
		double s = Math.max(0, Math.min(1, share));
		int r = (int) Math.round(255 - s * (255 - 0x08));
		int g = (int) Math.round(255 - s * (255 - 0x45));
		int b = (int) Math.round(255 - s * (255 - 0x94));
		return (r << 16) | (g << 8) | b;
	}

	/** @return ink that reads on {@code heat(share)} */
	public static int onHeat(double share) {
		return share > 0.55 ? PAPER : INK;
	}
}
