package org.duizhao.search.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The search UI's strings. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.search.ui.internal.messages"; //$NON-NLS-1$

	public static String Form_query;
	public static String Form_queryHint;
	public static String Form_project;
	public static String Form_region;
	public static String Form_year;
	public static String Form_issuer;
	public static String Form_script;
	public static String Form_scriptAny;
	public static String Form_scriptSimplified;
	public static String Form_scriptTraditional;
	public static String Form_scriptMixed;
	public static String Form_tag;
	public static String Form_search;
	public static String Form_grouped;
	public static String Form_badYear;
	public static String Column_document;
	public static String Column_left;
	public static String Column_match;
	public static String Column_right;
	public static String Column_offset;
	public static String Status_noProject;
	public static String Status_ready;
	public static String Status_searching;
	public static String Status_result;
	public static String Status_shown;
	public static String Status_failed;
	public static String Group_label;
	public static String Job_search;
	public static String Job_index;
	public static String Job_indexFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
