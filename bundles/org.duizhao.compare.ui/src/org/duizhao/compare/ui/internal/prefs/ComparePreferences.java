package org.duizhao.compare.ui.internal.prefs;

import org.duizhao.compare.ui.internal.CompareUi;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The compare UI's preferences: how a comparison opens. Kept in the instance scope of the bundle
 * (the workbench's data folder), so they follow the researcher, not a project.
 */
public final class ComparePreferences {

	/** How a comparison opens: {@link #MAXIMIZE} or {@link #KEEP}. */
	public static final String OPEN_MODE = "compare.open"; //$NON-NLS-1$

	/** Maximize the editor that shows a comparison (the default). */
	public static final String MAXIMIZE = "maximize"; //$NON-NLS-1$

	/** Leave the layout as it is. */
	public static final String KEEP = "keep"; //$NON-NLS-1$

	private static ScopedPreferenceStore store;

	private ComparePreferences() {
	}

	/** @return the store the preference page edits (defaults from {@link PreferenceInitializer}) */
	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, CompareUi.ID);
		}
		return store;
	}

	/** @return whether a comparison opens in a maximized editor */
	public static boolean maximizeOnOpen() {
		String mode = Platform.getPreferencesService().getString(CompareUi.ID, OPEN_MODE, MAXIMIZE, null);
		return !KEEP.equals(mode);
	}
}
