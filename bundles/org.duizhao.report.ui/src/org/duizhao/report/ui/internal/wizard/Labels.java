package org.duizhao.report.ui.internal.wizard;

import org.duizhao.report.core.ReportKind;
import org.duizhao.report.ui.internal.Messages;

/** The names and explanations of the report kinds as the wizard shows them. */
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
}
