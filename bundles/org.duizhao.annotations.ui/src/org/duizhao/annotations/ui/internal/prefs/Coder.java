package org.duizhao.annotations.ui.internal.prefs;

import org.duizhao.annotations.core.AnnotationStores;
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

	/**
	 * @return who codes in the project in {@code projectRoot}: in a shared project the server login
	 *         (the server lets a coder write only rows in their own name), else {@link #name()}
	 */
	public static String name(java.nio.file.Path projectRoot) {
		try {
			return AnnotationStores.server(projectRoot).map(a -> a.user()).orElseGet(Coder::name);
		} catch (org.duizhao.annotations.core.StoreException e) {
			return name();
		}
	}

	/** @return the system user's name, as the CLI uses it when no coder is given */
	static String systemUser() {
		return AnnotationStores.defaultCoder();
	}
}
