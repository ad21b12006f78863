package org.duizhao.app.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the application bundle. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.app.internal.messages"; //$NON-NLS-1$

	public static String Window_title;
	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_project;
	public static String Menu_document;
	public static String Menu_window;
	public static String Menu_showView;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
