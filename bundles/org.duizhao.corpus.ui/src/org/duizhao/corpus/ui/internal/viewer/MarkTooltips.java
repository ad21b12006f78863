package org.duizhao.corpus.ui.internal.viewer;

import org.duizhao.corpus.ui.TextHovers;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.BoilerplateMark;
import org.duizhao.text.core.normalize.Fold;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;

/** Says, under the mouse, what a mark means: "苐 → 第 (look-alike)", "boilerplate: icp", "damaged". */
final class MarkTooltips {

	private final StyledText widget;
	private ViewerContent content;
	private boolean enabled;

	MarkTooltips(StyledText widget) {
		this.widget = widget;
		TextHovers.of(widget).add(offset -> enabled && content != null ? describe(offset) : null);
	}

	void setContent(ViewerContent content, boolean enabled) {
		this.content = content;
		this.enabled = enabled;
	}

	/** @return what the marks say about the character at {@code offset}, or {@code null} */
	String describe(int offset) {
		for (Fold f : content.folds()) {
			if (f.original().contains(offset)) {
				return NLS.bind(Messages.Viewer_foldTip, new Object[] { f.from(), f.to(), f.reason().label() });
			}
		}
		for (TextRange d : content.marks().damaged()) {
			if (d.contains(offset)) {
				return Messages.Viewer_damageTip;
			}
		}
		for (BoilerplateMark b : content.marks().boilerplate()) {
			if (b.range().contains(offset)) {
				return NLS.bind(Messages.Viewer_boilerplateTip, b.rule());
			}
		}
		for (TextRange g : content.marks().glosses()) {
			if (g.contains(offset)) {
				return Messages.Viewer_glossTip;
			}
		}
		return null;
	}
}
