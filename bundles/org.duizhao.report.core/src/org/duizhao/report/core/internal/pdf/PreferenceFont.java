package org.duizhao.report.core.internal.pdf;

import org.duizhao.report.core.PdfFontSetting;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Reads the workbench preference that names the PDF font. Kept apart so that a process without the
 * preferences service (a plain Java run) only loses the preference, not the PDF format.
 */
final class PreferenceFont {

	private PreferenceFont() {
	}

	/** @return the preference's value, or {@code null} when unset or unavailable */
	static String read() {
		try {
			return InstanceScope.INSTANCE.getNode(PdfFontSetting.NODE).get(PdfFontSetting.KEY, null);
		} catch (RuntimeException | LinkageError unavailable) {
			return null;
		}
	}
}
