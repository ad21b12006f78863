package org.duizhao.compare.ui.internal.prefs;

import org.duizhao.compare.ui.internal.CompareUi;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/** The compare UI's default preferences (a product's plugin_customization.ini may override them). */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(CompareUi.ID).put(ComparePreferences.OPEN_MODE, ComparePreferences.MAXIMIZE);
	}
}
