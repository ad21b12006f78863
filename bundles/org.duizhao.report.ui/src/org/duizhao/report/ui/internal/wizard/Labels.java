package org.duizhao.report.ui.internal.wizard;

import org.duizhao.compare.core.Granularity;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.ui.internal.Messages;
import org.duizhao.text.core.normalize.NormalizeOption;

/** The names and explanations of the report kinds and comparison settings as the wizard shows them. */
final class Labels {

	private Labels() {
	}

	static String kind(ReportKind kind) {
		return switch (kind) {
		case DOCUMENT -> Messages.Kind_document;
		case SEGMENTS -> Messages.Kind_segments;
		case COMPARISON -> Messages.Kind_comparison;
		case AGREEMENT -> Messages.Kind_agreement;
		};
	}

	static String hint(ReportKind kind) {
		return switch (kind) {
		case DOCUMENT -> Messages.Hint_document;
		case SEGMENTS -> Messages.Hint_segments;
		case COMPARISON -> Messages.Hint_comparison;
		case AGREEMENT -> Messages.Hint_agreement;
		};
	}

	static String granularity(Granularity g) {
		return switch (g) {
		case CHAR -> Messages.Granularity_char;
		case WORD -> Messages.Granularity_word;
		case SENTENCE -> Messages.Granularity_sentence;
		};
	}

	static String option(NormalizeOption option) {
		return switch (option) {
		case SCRIPT -> Messages.Option_script;
		case VARIANTS -> Messages.Option_variants;
		case PUNCTUATION -> Messages.Option_punctuation;
		case WHITESPACE -> Messages.Option_whitespace;
		case PINYIN -> Messages.Option_pinyin;
		case BOILERPLATE -> Messages.Option_boilerplate;
		case WIDTH -> Messages.Option_width;
		};
	}

	static String optionTip(NormalizeOption option) {
		return switch (option) {
		case SCRIPT -> Messages.OptionTip_script;
		case VARIANTS -> Messages.OptionTip_variants;
		case PUNCTUATION -> Messages.OptionTip_punctuation;
		case WHITESPACE -> Messages.OptionTip_whitespace;
		case PINYIN -> Messages.OptionTip_pinyin;
		case BOILERPLATE -> Messages.OptionTip_boilerplate;
		case WIDTH -> Messages.OptionTip_width;
		};
	}
}
