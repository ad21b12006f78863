package org.duizhao.compare.ui.internal;

import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.osgi.util.NLS;

/** User-visible strings of the compare UI. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.compare.ui.internal.messages"; //$NON-NLS-1$

	public static String Editor_title;
	public static String Editor_loading;
	public static String Editor_comparing;
	public static String Editor_noCjkFont;
	public static String Header_summary;
	public static String Header_summaryShort;
	public static String Header_current;
	public static String Header_noChanges;
	public static String Job_compare;
	public static String Job_compareBase;
	public static String Job_failed;
	public static String Toolbar_sentence;
	public static String Toolbar_word;
	public static String Toolbar_char;
	public static String Toolbar_granularityTip;
	public static String Toolbar_ignore;
	public static String Toolbar_previous;
	public static String Toolbar_next;
	public static String Toolbar_withKeys;
	public static String Toolbar_sync;
	public static String Toolbar_syncTip;
	public static String Pane_a;
	public static String Pane_b;
	public static String Prefs_description;
	public static String Prefs_onOpen;
	public static String Prefs_maximize;
	public static String Prefs_keep;
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
	public static String Type_insert;
	public static String Type_delete;
	public static String Type_change;
	public static String Type_move;
	public static String Passages_length;
	public static String Passages_positionA;
	public static String Passages_positionB;
	public static String Passages_text;
	public static String Passages_none;
	public static String Passages_count;
	public static String Base_chooseTitle;
	public static String Base_chooseMessage;
	public static String Base_title;
	public static String Base_sentence;
	public static String Base_kept;
	public static String Base_changed;
	public static String Base_dropped;
	public static String Base_tableTab;
	public static String Base_heatTab;
	public static String Base_summary;
	public static String Base_legend;
	public static String Compare_needTwo;
	public static String Compare_needTwoTitle;
	public static String Compare_openFailed;
	public static String Toolbar_versions;
	public static String Toolbar_versionsTip;
	public static String Toolbar_related;
	public static String Toolbar_relatedTip;
	public static String Header_related;
	public static String Job_related;
	public static String Job_relatedCorpus;
	public static String Job_relatedPair;
	public static String Job_relatedFailed;
	public static String Related_analysing;
	public static String Related_threshold;
	public static String Related_thresholdTip;
	public static String Related_passageCount;
	public static String Related_passagesTab;
	public static String Related_formulasTab;
	public static String Related_vocabularyTab;
	public static String Related_locationA;
	public static String Related_locationB;
	public static String Related_location;
	public static String Related_score;
	public static String Related_excerptA;
	public static String Related_excerptB;
	public static String Related_phrase;
	public static String Related_countA;
	public static String Related_countB;
	public static String Related_documents;
	public static String Related_showGeneric;
	public static String Related_showGenericTip;
	public static String Related_codeAll;
	public static String Related_codeAllTip;
	public static String Related_filter;
	public static String Related_sideBoth;
	public static String Related_sideA;
	public static String Related_sideB;
	public static String Related_export;
	public static String Related_exportFailed;
	public static String Related_side;
	public static String Related_word;
	public static String Related_perMillionA;
	public static String Related_perMillionB;
	public static String Related_g2;
	public static String Suggest_message;
	public static String Suggest_show;
	public static String Suggest_dismiss;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** @return the tool bar label of {@code option} */
	public static String option(NormalizeOption option) {
		return switch (option) {
		case SCRIPT -> Option_script;
		case VARIANTS -> Option_variants;
		case PUNCTUATION -> Option_punctuation;
		case WHITESPACE -> Option_whitespace;
		case PINYIN -> Option_pinyin;
		case BOILERPLATE -> Option_boilerplate;
		case WIDTH -> Option_width;
		};
	}

	/** @return the tool tip of {@code option} */
	public static String optionTip(NormalizeOption option) {
		return switch (option) {
		case SCRIPT -> OptionTip_script;
		case VARIANTS -> OptionTip_variants;
		case PUNCTUATION -> OptionTip_punctuation;
		case WHITESPACE -> OptionTip_whitespace;
		case PINYIN -> OptionTip_pinyin;
		case BOILERPLATE -> OptionTip_boilerplate;
		case WIDTH -> OptionTip_width;
		};
	}
}
