package org.duizhao.report.core.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the report engine; translations in {@code messages_zh.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.report.core.internal.messages"; //$NON-NLS-1$

	public static String errorUnknownCode;
	public static String relatedTitle;
	public static String relatedNames;
	public static String relatedPassage;
	public static String relatedDistinctiveA;
	public static String relatedDistinctiveB;
	public static String relatedWord;
	public static String relatedPerMillionA;
	public static String relatedPerMillionB;
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
	public static String errorComparisonTwo;
	public static String errorComparisonOthers;
	public static String errorAgreementCoders;
	public static String titleComparison;
	public static String titleAgreement;
	public static String comparisonSettings;
	public static String comparisonIgnoreNothing;
	public static String comparisonBaseTable;
	public static String comparisonSimilarity;
	public static String comparisonInserted;
	public static String comparisonDeleted;
	public static String comparisonChanged;
	public static String comparisonMoved;
	public static String comparisonKept;
	public static String comparisonChangedSentences;
	public static String comparisonDropped;
	public static String comparisonSummary;
	public static String comparisonSharedChars;
	public static String comparisonCharsSentences;
	public static String comparisonDifferences;
	public static String comparisonShared;
	public static String comparisonSharedKey;
	public static String comparisonParallels;
	public static String comparisonFormulas;
	public static String comparisonFormula;
	public static String comparisonInA;
	public static String comparisonInB;
	public static String comparisonDocuments;
	public static String comparisonLocationA;
	public static String comparisonTextA;
	public static String comparisonLocationB;
	public static String comparisonTextB;
	public static String comparisonMore;
	public static String hunkInsert;
	public static String hunkDelete;
	public static String hunkChange;
	public static String hunkMove;
	public static String agreementSettings;
	public static String agreementCoders;
	public static String agreementDocuments;
	public static String agreementUnit;
	public static String agreementUnitText;
	public static String agreementTable;
	public static String agreementUnits;
	public static String agreementAgreement;
	public static String agreementKappa;
	public static String agreementAlpha;
	public static String agreementPassagesOf;
	public static String agreementNoCodes;
	public static String teiOffsets;
	public static String teiCharacters;
	public static String teiSentences;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
