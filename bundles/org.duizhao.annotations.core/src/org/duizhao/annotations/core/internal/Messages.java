package org.duizhao.annotations.core.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the annotations core; translations in {@code messages_zh.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.annotations.core.internal.messages"; //$NON-NLS-1$

	public static String errorNoFolder;
	public static String errorNotADatabase;
	public static String errorSchemaTooNew;
	public static String errorMigration;
	public static String errorDatabase;
	public static String errorBusy;
	public static String errorUnavailable;
	public static String errorForbidden;
	public static String errorNotYours;
	public static String errorServerUrl;
	public static String errorClosed;
	public static String errorTransaction;
	public static String errorUnknownCode;
	public static String errorAnnotationExists;
	public static String errorUnknownAnnotation;
	public static String errorUnknownLinkType;
	public static String errorCodeNameEmpty;
	public static String errorCodeNameTaken;
	public static String errorCodeExists;
	public static String errorBadColor;
	public static String errorCodeCycle;
	public static String errorMergeIntoItself;
	public static String errorLinkToItself;
	public static String errorLinkTypeEmpty;
	public static String errorLinkTypeDuplicate;
	public static String errorLinkTypeInUse;
	public static String conflictCode;
	public static String conflictAnnotation;
	public static String conflictMemo;
	public static String conflictLink;
	public static String conflictDeleted;
	public static String taskAddAnnotations;
	public static String taskShare;
	public static String errorAlreadyShared;
	public static String errorProjectFiles;
	public static String errorNoPassword;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
