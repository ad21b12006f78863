package org.duizhao.compare.ui.internal.base;

import java.text.NumberFormat;

import org.duizhao.compare.core.SentenceFate;
import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The words for a sentence fate: "kept", "changed 82%", "dropped". */
final class FateLabels {

	private FateLabels() {
	}

	static String of(SentenceFate fate) {
		return switch (fate.status()) {
		case KEPT -> Messages.Base_kept;
		case DROPPED -> Messages.Base_dropped;
		case CHANGED -> NLS.bind(Messages.Base_changed, NumberFormat.getPercentInstance().format(fate.similarity()));
		};
	}
}
