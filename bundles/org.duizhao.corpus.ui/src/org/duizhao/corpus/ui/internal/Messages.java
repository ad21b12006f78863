package org.duizhao.corpus.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the corpus UI. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.corpus.ui.internal.messages"; //$NON-NLS-1$

	public static String Viewer_loading;
	public static String Viewer_noCjkFont;
	public static String Viewer_fontInfo;
	public static String Viewer_caret;
	public static String Viewer_loadFailed;
	public static String Viewer_foldTip;
	public static String Viewer_damageTip;
	public static String Viewer_boilerplateTip;
	public static String Viewer_glossTip;
	public static String Viewer_marksFailed;
	public static String Explorer_filter;
	public static String Explorer_groupCount;
	public static String Explorer_projectCount;
	public static String Explorer_unknown;
	public static String Explorer_empty;
	public static String Explorer_documentTooltip;
	public static String Import_jobName;
	public static String Import_dialogTitleFiles;
	public static String Import_dialogTitleFolder;
	public static String Import_noProject;
	public static String Import_noProjectTitle;
	public static String Import_summaryTitle;
	public static String Import_summaryImported;
	public static String Import_sameTitles;
	public static String Import_titleSeparator;
	public static String Import_outOfMemory;
	public static String Check_job;
	public static String Check_repairJob;
	public static String Check_failed;
	public static String Check_title;
	public static String Check_whole;
	public static String Check_summary;
	public static String Check_problem;
	public static String Check_repair;
	public static String Check_repairButton;
	public static String Import_summarySkipped;
	public static String Import_summaryCancelled;
	public static String Import_failed;
	public static String Project_newTitle;
	public static String Project_newMessage;
	public static String Project_nameLabel;
	public static String Project_locationLabel;
	public static String Project_browse;
	public static String Project_exists;
	public static String Project_nameEmpty;
	public static String Project_openTitle;
	public static String Project_openFailed;
	public static String Project_notAProject;
	public static String Project_createFailed;
	public static String Redecode_title;
	public static String Redecode_message;
	public static String Redecode_failed;
	public static String Redecode_jobName;
	public static String Redecode_encoding;
	public static String Redecode_preview;
	public static String Redecode_unknown;
	public static String Properties_title;
	public static String Properties_source;
	public static String Properties_date;
	public static String Properties_region;
	public static String Properties_issuer;
	public static String Properties_script;
	public static String Properties_encoding;
	public static String Properties_confidence;
	public static String Properties_characters;
	public static String Properties_paragraphs;
	public static String Properties_tags;
	public static String Properties_version;
	public static String Properties_id;
	public static String Properties_categoryDocument;
	public static String Properties_categoryText;
	public static String Properties_editLabel;
	public static String Properties_saveFailed;
	public static String Properties_saveJob;
	public static String Edit_undo;
	public static String Edit_redo;
	public static String Edit_undoNamed;
	public static String Edit_redoNamed;
	public static String Prefs_description;
	public static String Prefs_sizeLimit;
	public static String Error_title;
	public static String Table_lookalikesTitle;
	public static String Table_boilerplateTitle;
	public static String Table_lookalikesHelp;
	public static String Table_boilerplateHelp;
	public static String Table_saveFailed;
	public static String Script_SIMPLIFIED;
	public static String Script_TRADITIONAL;
	public static String Script_MIXED;
	public static String Script_UNDETERMINED;
	public static String Script_NONE;

	/** @return the user-facing name of a script */
	public static String script(org.duizhao.text.core.script.Script script) {
		return switch (script) {
		case SIMPLIFIED -> Script_SIMPLIFIED;
		case TRADITIONAL -> Script_TRADITIONAL;
		case MIXED -> Script_MIXED;
		case UNDETERMINED -> Script_UNDETERMINED;
		case NONE -> Script_NONE;
		};
	}

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
