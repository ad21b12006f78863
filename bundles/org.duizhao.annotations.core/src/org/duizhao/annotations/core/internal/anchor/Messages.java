package org.duizhao.annotations.core.internal.anchor;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of re-anchoring; translations in {@code messages_zh.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.annotations.core.internal.anchor.messages"; //$NON-NLS-1$

	public static String Reanchor_task;
	public static String Reanchor_compare;
	public static String Version_task;
	public static String Version_unknownDocument;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
