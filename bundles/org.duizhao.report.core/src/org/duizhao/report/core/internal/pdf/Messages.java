package org.duizhao.report.core.internal.pdf;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the PDF format; translations in {@code messages_zh.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.report.core.internal.pdf.messages"; //$NON-NLS-1$

	public static String noFont;
	public static String fontUnreadable;
	public static String fontMissing;
	public static String fontNotTrueType;
	public static String preferenceName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
