package org.duizhao.analysis.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the analysis UI. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.analysis.ui.internal.messages"; //$NON-NLS-1$

	public static String Chart_title;
	public static String Chart_separator;
	public static String Chart_noDates;
	public static String Chart_unknown;
	public static String Diffusion_phrases;
	public static String Diffusion_phrasesHint;
	public static String Diffusion_show;
	public static String Diffusion_fromSelection;
	public static String Diffusion_allPhrases;
	public static String Diffusion_job;
	public static String Diffusion_noProject;
	public static String Diffusion_noSelection;
	public static String Diffusion_first;
	public static String Export_png;
	public static String Export_svg;
	public static String Export_csv;
	public static String Export_failed;
	public static String Keyness_target;
	public static String Keyness_selection;
	public static String Keyness_region;
	public static String Keyness_year;
	public static String Keyness_minCount;
	public static String Keyness_run;
	public static String Keyness_filter;
	public static String Keyness_hint;
	public static String Keyness_job;
	public static String Keyness_noSelection;
	public static String Keyness_emptyTarget;
	public static String Keyness_failed;
	public static String Keyness_summary;
	public static String Keyness_ofRegion;
	public static String Keyness_ofYear;
	public static String Keyness_word;
	public static String Keyness_countTarget;
	public static String Keyness_countRest;
	public static String Keyness_perMillionTarget;
	public static String Keyness_perMillionRest;
	public static String Keyness_g2;
	public static String Reuse_threshold;
	public static String Reuse_run;
	public static String Reuse_job;
	public static String Reuse_chartTitle;
	public static String Reuse_chartTitleContainment;
	public static String Reuse_containment;
	public static String Reuse_containmentTip;
	public static String Reuse_none;
	public static String Reuse_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
