package org.duizhao.annotations.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the annotations UI. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.annotations.ui.internal.messages"; //$NON-NLS-1$

	public static String Agreement_alpha;
	public static String Agreement_code;
	public static String Agreement_coders;
	public static String Agreement_codes;
	public static String Agreement_compute;
	public static String Agreement_computing;
	public static String Agreement_documents;
	public static String Agreement_done;
	public static String Agreement_export;
	public static String Agreement_hint;
	public static String Agreement_kappa;
	public static String Agreement_menu;
	public static String Agreement_percent;
	public static String Agreement_title;
	public static String Agreement_twoCoders;
	public static String Agreement_units;
	public static String Annotations_allCoders;
	public static String Annotations_allDocuments;
	public static String Annotations_codeFilter;
	public static String Annotations_coder;
	public static String Annotations_codes;
	public static String Annotations_date;
	public static String Annotations_description;
	public static String Annotations_document;
	public static String Annotations_memo;
	public static String Annotations_quote;
	public static String Annotations_search;
	public static String Codes_deleteConfirm;
	public static String Codes_deleteTitle;
	public static String Codes_errorTitle;
	public static String Codes_mergeConfirm;
	public static String Codes_mergePrompt;
	public static String Codes_mergeTitle;
	public static String Codes_name;
	public static String Codes_nameEmpty;
	public static String Codes_newPrompt;
	public static String Codes_newTitle;
	public static String Codes_own;
	public static String Codes_shortcutInvalid;
	public static String Codes_shortcutPrompt;
	public static String Codes_shortcutTitle;
	public static String Codes_total;
	public static String Coding_noDocument;
	public static String Coding_noPassage;
	public static String Coding_selectFirst;
	public static String Coding_title;
	public static String Exchange_allMapped;
	public static String Exchange_exportDialog;
	public static String Exchange_exportFailed;
	public static String Exchange_exportJob;
	public static String Exchange_exportTitle;
	public static String Exchange_exported;
	public static String Exchange_filterAll;
	public static String Exchange_filterAny;
	public static String Exchange_filterCsv;
	public static String Exchange_filterQdpx;
	public static String Exchange_filterW3c;
	public static String Exchange_importDialog;
	public static String Exchange_importFailed;
	public static String Exchange_importJob;
	public static String Exchange_importTitle;
	public static String Exchange_imported;
	public static String Exchange_notMapped;
	public static String Exchange_relocated;
	public static String Hover_coder;
	public static String Hover_memo;
	public static String Hover_noCodes;
	public static String Link_from;
	public static String Link_memo;
	public static String Link_selectBoth;
	public static String Link_title;
	public static String Link_to;
	public static String Link_type;
	public static String Links_description;
	public static String Links_from;
	public static String Links_to;
	public static String Links_type;
	public static String Matrix_byDocument;
	public static String Matrix_byRegion;
	public static String Matrix_byYear;
	public static String Matrix_columns;
	public static String Matrix_exportFailed;
	public static String Matrix_total;
	public static String Matrix_unknown;
	public static String Memo_passage;
	public static String Memo_title;
	public static String Memos_deleteConfirm;
	public static String Memos_description;
	public static String Memos_on;
	public static String Memos_project;
	public static String Memos_titleColumn;
	public static String Menu_codeWith;
	public static String Operation_code;
	public static String Operation_codeAll;
	public static String CodeAll_title;
	public static String CodeAll_nothing;
	public static String Operation_delete;
	public static String Overlay_failed;
	public static String Overlay_loading;
	public static String Picker_apply;
	public static String Picker_filter;
	public static String Picker_new;
	public static String Picker_title;
	public static String Prefs_coder;
	public static String Prefs_description;
	public static String Prefs_reportDescription;
	public static String Prefs_pdfFont;
	public static String Reanchor_counts;
	public static String Reanchor_failed;
	public static String Reanchor_intro;
	public static String Reanchor_job;
	public static String Reanchor_title;
	public static String Reanchor_unanchoredHint;
	public static String Store_projectClosed;
	public static String Unanchored_context;
	public static String Unanchored_description;
	public static String Unanchored_selectFirst;
	public static String Unanchored_title;
	public static String View_noProject;
	public static String View_reading;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
