package org.duizhao.annotations.ui.internal.prefs;

import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Defaults: the coder is the system user until the researcher gives a name. */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		AnnotationsUiPlugin.getDefault().getPreferenceStore().setDefault(PreferenceKeys.CODER, Coder.systemUser());
	}
}
