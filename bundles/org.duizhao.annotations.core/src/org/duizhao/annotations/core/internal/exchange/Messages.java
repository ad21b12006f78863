package org.duizhao.annotations.core.internal.exchange;

import org.duizhao.annotations.core.internal.exchange.Placement.Failure;
import org.eclipse.osgi.util.NLS;

/** User-visible strings of annotation exchange; translations in {@code messages_zh.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.annotations.core.internal.exchange.messages"; //$NON-NLS-1$

	public static String taskImport;
	public static String taskExport;
	public static String taskWrite;
	public static String errorUnknownFormat;
	public static String errorNoImport;
	public static String exportNoDocument;
	public static String exportUnplaced;
	public static String placementFailed;
	public static String failureNoSelector;
	public static String failureOutOfRange;
	public static String failureQuoteNotFound;
	public static String failureAmbiguous;
	public static String w3cTooLarge;
	public static String w3cNotUtf8;
	public static String w3cBadJson;
	public static String w3cTrailing;
	public static String w3cNotAnnotations;
	public static String w3cPageByReference;
	public static String w3cNotAnObject;
	public static String w3cNoTarget;
	public static String w3cUnknownDocument;
	public static String w3cBadPosition;
	public static String w3cBadQuote;
	public static String qdpxNoProject;
	public static String qdpxNotProject;
	public static String qdpxBadXml;
	public static String qdpxBadCode;
	public static String qdpxNotText;
	public static String qdpxExternalSource;
	public static String qdpxMissingSource;
	public static String qdpxSourceNotUtf8;
	public static String qdpxSourceLeftOut;
	public static String qdpxUnknownCode;
	public static String zipBad;
	public static String zipTooManyEntries;
	public static String zipTooLarge;
	public static String zipBomb;
	public static String zipUnsafeName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** @return why a passage could not be placed, for the user */
	public static String failure(Failure f) {
		return switch (f) {
		case NO_SELECTOR -> failureNoSelector;
		case OUT_OF_RANGE -> failureOutOfRange;
		case QUOTE_NOT_FOUND -> failureQuoteNotFound;
		case AMBIGUOUS -> failureAmbiguous;
		};
	}
}
