package org.duizhao.text.core.normalize.internal;

import org.duizhao.text.core.normalize.FoldReason;
import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of normalization and marking. Kept beside the code that uses them until
 * the bundle's single {@code org.duizhao.text.core.internal.Messages} absorbs them.
 */
public final class NormalizeMessages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.text.core.normalize.internal.messages"; //$NON-NLS-1$

	public static String Reason_WIDTH;
	public static String Reason_WHITESPACE;
	public static String Reason_PUNCTUATION;
	public static String Reason_PINYIN_GLOSS;
	public static String Reason_SCRIPT;
	public static String Reason_VARIANT;
	public static String Reason_LOOKALIKE;
	public static String Reason_PROJECT_LOOKALIKE;
	public static String Reason_BOILERPLATE;
	public static String Table_badLine;
	public static String Rules_badLine;
	public static String Rules_badPattern;
	public static String Data_missing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, NormalizeMessages.class);
	}

	private NormalizeMessages() {
	}

	/** @return the label of {@code reason} */
	public static String reason(FoldReason reason) {
		return switch (reason) {
			case WIDTH -> Reason_WIDTH;
			case WHITESPACE -> Reason_WHITESPACE;
			case PUNCTUATION -> Reason_PUNCTUATION;
			case PINYIN_GLOSS -> Reason_PINYIN_GLOSS;
			case SCRIPT -> Reason_SCRIPT;
			case VARIANT -> Reason_VARIANT;
			case LOOKALIKE -> Reason_LOOKALIKE;
			case PROJECT_LOOKALIKE -> Reason_PROJECT_LOOKALIKE;
			case BOILERPLATE -> Reason_BOILERPLATE;
		};
	}
}
