package org.duizhao.corpus.ui.internal.viewer;

import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.BoilerplateMark;
import org.duizhao.text.core.normalize.Fold;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;

/** Says, under the mouse, what a mark means: "苐 → 第 (look-alike)", "boilerplate: icp", "damaged". */
final class MarkTooltips {

	private final StyledText widget;
	private ViewerContent content;
	private boolean enabled;

	MarkTooltips(StyledText widget) {
		this.widget = widget;
		widget.addListener(SWT.MouseMove, e -> update(new Point(e.x, e.y)));
	}

	void setContent(ViewerContent content, boolean enabled) {
		this.content = content;
		this.enabled = enabled;
	}

	private void update(Point at) {
		String tip = null;
		if (enabled && content != null) {
			int offset = widget.getOffsetAtPoint(at);
			if (offset >= 0) {
				tip = describe(offset);
			}
		}
		if (!java.util.Objects.equals(tip, widget.getToolTipText())) {
			widget.setToolTipText(tip);
		}
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
