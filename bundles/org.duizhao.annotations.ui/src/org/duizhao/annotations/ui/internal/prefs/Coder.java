package org.duizhao.annotations.ui.internal.prefs;

import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;

/** Who codes in this workbench: the researcher's name from the preferences. */
public final class Coder {

	private Coder() {
	}

	/** @return the coder's name, never blank */
	public static String name() {
		String name = AnnotationsUiPlugin.getDefault().getPreferenceStore().getString(PreferenceKeys.CODER).strip();
		return name.isEmpty() ? systemUser() : name;
	}

	/** @return the system user's name, or {@code "researcher"} when the system does not say */
	static String systemUser() {
		String user = System.getProperty("user.name", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return user.isEmpty() ? "researcher" : user; //$NON-NLS-1$
	}
}
