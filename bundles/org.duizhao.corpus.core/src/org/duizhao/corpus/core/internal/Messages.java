package org.duizhao.corpus.core.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the corpus core; translations in {@code messages_zh.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.corpus.core.internal.messages"; //$NON-NLS-1$

	public static String skipBinaryMagic;
	public static String skipBinaryNul;
	public static String skipBinaryControl;
	public static String skipUndecodable;
	public static String skipEmpty;
	public static String skipDuplicateInProject;
	public static String skipDuplicateInRun;
	public static String skipTooLarge;
	public static String skipUnsupported;
	public static String skipError;
	public static String skipPdfEncrypted;
	public static String skipDocxInvalid;
	public static String skipOverLimitInflated;
	public static String skipOverLimitText;
	public static String skipOverLimitParagraphs;
	public static String skipOutOfMemory;
	public static String skipDocxTruncated;
	public static String skipPdfDamaged;
	public static String skipPdfNoPages;
	public static String skipNotRegular;
	public static String problemBadDocument;
	public static String problemNoDocumentJson;
	public static String errorNotAProject;
	public static String errorProjectExists;
	public static String errorUnknownDocument;
	public static String errorFormatTooNew;
	public static String errorUnknownCharset;
	public static String errorBadProjectFile;
	public static String taskImport;
	public static String taskScan;
	public static String taskCommit;
	public static String taskCheck;
	public static String problemNoStructure;
	public static String checkCreated;
	public static String checkProjectFileRewritten;
	public static String checkRemoved;
	public static String checkStaleStaging;
	public static String checkQuarantined;
	public static String checkRebuilt;
	public static String problemNoText;
	public static String problemNoOriginal;
	public static String problemNoDocumentsFolder;
	public static String problemEmptyJson;
	public static String problemJson;
	public static String problemJsonAt;
	public static String errorLocked;
	public static String lockHolder;
	public static String lockHolderUnknown;
	public static String lockWaiting;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
