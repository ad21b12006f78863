package org.duizhao.search.core.internal;

import org.eclipse.osgi.util.NLS;

/** The core's user-visible strings (task names and query errors). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.search.core.internal.messages"; //$NON-NLS-1$

	public static String Task_index;
	public static String Task_rebuild;
	public static String Task_search;
	public static String Query_empty;
	public static String Query_onlyNot;
	public static String Query_unclosed;
	public static String Query_unclosedQuote;
	public static String Query_unexpected;
	public static String Query_unfinished;
	public static String Query_tooBroad;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
