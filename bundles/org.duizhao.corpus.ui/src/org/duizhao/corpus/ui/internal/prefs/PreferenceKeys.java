package org.duizhao.corpus.ui.internal.prefs;

/** Preference keys of the corpus UI. */
public final class PreferenceKeys {

	/** Files larger than this many megabytes are skipped by an import. */
	public static final String SIZE_LIMIT_MB = "import.sizeLimitMb"; //$NON-NLS-1$

	/** The default size limit. */
	public static final int DEFAULT_SIZE_LIMIT_MB = 50;

	/** The explorer's grouping. */
	public static final String GROUPING = "explorer.grouping"; //$NON-NLS-1$

	private PreferenceKeys() {
	}
}
