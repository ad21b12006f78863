package org.duizhao.compare.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the compare core.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.duizhao.compare.core.internal.messages"; //$NON-NLS-1$

	public static String Compare_task;
	public static String CompareBase_task;
	public static String Argument_null;
	public static String Sentences_outside;
	public static String Sentences_unordered;
	public static String Sentences_empty;
	public static String Options_minMove;
	public static String Options_threshold;
	public static String Base_names;
	public static String Report_title;
	public static String Report_textA;
	public static String Report_textB;
	public static String Report_similarity;
	public static String Report_insert;
	public static String Report_delete;
	public static String Report_change;
	public static String Report_move;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
