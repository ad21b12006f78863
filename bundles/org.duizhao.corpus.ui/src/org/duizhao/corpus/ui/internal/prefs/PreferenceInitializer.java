package org.duizhao.corpus.ui.internal.prefs;

import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** The corpus UI's default preferences. */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		CorpusUiPlugin.getDefault().getPreferenceStore().setDefault(PreferenceKeys.SIZE_LIMIT_MB,
				PreferenceKeys.DEFAULT_SIZE_LIMIT_MB);
	}
}
