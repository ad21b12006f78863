package org.duizhao.annotations.ui.internal.prefs;

/** Preference keys of the annotations UI. */
public final class PreferenceKeys {

	/** The researcher's name, recorded as the coder of every annotation made here. */
	public static final String CODER = "coder"; //$NON-NLS-1$

	private PreferenceKeys() {
	}
}
