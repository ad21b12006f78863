package org.duizhao.corpus.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

/**
 * Finds an installed font that covers Chinese characters, so that text never shows as boxes
 * when a suitable font exists, and the viewer can say so when none does.
 */
public final class CjkFonts {

	/** Families tried in order: the first installed one wins. */
	private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans CJK TC", //$NON-NLS-1$ //$NON-NLS-2$
			"Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN", "Microsoft YaHei", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"PingFang SC", "SimSun"); //$NON-NLS-1$ //$NON-NLS-2$

	private CjkFonts() {
	}

	/**
	 * @param display the display whose fonts are searched
	 * @return the name of an installed CJK font family, or empty when none is installed
	 */
	public static Optional<String> findFamily(Display display) {
		FontData[] installed = display.getFontList(null, true);
		for (String wanted : PREFERRED) {
			for (FontData data : installed) {
				if (data.getName().equalsIgnoreCase(wanted)) {
					return Optional.of(data.getName());
				}
			}
		}
		for (FontData data : installed) {
			String name = data.getName().toLowerCase(Locale.ROOT);
			if (name.contains("cjk") || name.contains("hei") || name.contains("song") || name.contains("ming")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				return Optional.of(data.getName());
			}
		}
		return Optional.empty();
	}

	/**
	 * @param display the display
	 * @param height font height in points
	 * @return font data for the CJK family at that height, or empty when no CJK font is installed
	 */
	public static Optional<FontData> fontData(Display display, int height) {
		return findFamily(display).map(name -> new FontData(name, height, SWT.NORMAL));
	}
}
