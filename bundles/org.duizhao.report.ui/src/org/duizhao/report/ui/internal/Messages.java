package org.duizhao.report.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the report UI; translations in {@code messages_zh.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.report.ui.internal.messages"; //$NON-NLS-1$

	public static String Wizard_title;
	public static String Comparison_group;
	public static String Comparison_granularity;
	public static String Comparison_granularityTip;
	public static String Comparison_ignore;
	public static String Granularity_char;
	public static String Granularity_word;
	public static String Granularity_sentence;
	public static String Option_script;
	public static String Option_variants;
	public static String Option_punctuation;
	public static String Option_whitespace;
	public static String Option_pinyin;
	public static String Option_boilerplate;
	public static String Option_width;
	public static String OptionTip_script;
	public static String OptionTip_variants;
	public static String OptionTip_punctuation;
	public static String OptionTip_whitespace;
	public static String OptionTip_pinyin;
	public static String OptionTip_boilerplate;
	public static String OptionTip_width;
	public static String Content_title;
	public static String Content_description;
	public static String Content_kind;
	public static String Content_documents;
	public static String Content_codes;
	public static String Content_coders;
	public static String Content_all;
	public static String Content_none;
	public static String Content_base;
	public static String Content_noBase;
	public static String Content_allWhenNone;
	public static String Content_needTwo;
	public static String Content_needOthers;
	public static String Content_needCoders;
	public static String Kind_document;
	public static String Kind_segments;
	public static String Kind_comparison;
	public static String Kind_agreement;
	public static String Hint_document;
	public static String Hint_segments;
	public static String Hint_comparison;
	public static String Hint_agreement;
	public static String Output_title;
	public static String Output_description;
	public static String Output_format;
	public static String Output_file;
	public static String Output_browse;
	public static String Output_browseTitle;
	public static String Output_open;
	public static String Output_noFormat;
	public static String Output_noFile;
	public static String Output_noFolder;
	public static String Output_isFolder;
	public static String Job_name;
	public static String Job_writing;
	public static String Job_noFormat;
	public static String Job_failed;
	public static String Open_title;
	public static String Open_message;
	public static String Open_open;
	public static String Open_noProgram;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
