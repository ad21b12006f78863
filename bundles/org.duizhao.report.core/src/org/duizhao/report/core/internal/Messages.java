package org.duizhao.report.core.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the report engine; translations in {@code messages_zh.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.report.core.internal.messages"; //$NON-NLS-1$

	public static String errorUnknownCode;
	public static String errorUnknownDocument;
	public static String errorAmbiguousDocument;
	public static String errorUnsupportedKind;
	public static String titleDocuments;
	public static String titleSegments;
	public static String legend;
	public static String legendCode;
	public static String legendCount;
	public static String legendCoverage;
	public static String metaTitle;
	public static String metaSource;
	public static String metaDate;
	public static String metaRegion;
	public static String metaIssuer;
	public static String metaTags;
	public static String documentMemos;
	public static String notes;
	public static String leftOut;
	public static String noPassages;
	public static String segmentDocument;
	public static String segmentLocation;
	public static String segmentCoder;
	public static String segmentMemo;
	public static String location;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
