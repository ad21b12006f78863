package org.duizhao.annotations.ui.internal.handlers;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.Coding;
import org.duizhao.annotations.ui.internal.coding.CodingTarget;
import org.duizhao.annotations.ui.internal.viewer.AnnotationOverlay;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Codes the selection with a code chosen (or made) in the quick code picker. */
public class CodeSelectionHandler extends PaneHandler {

	@Override
	protected void execute(ExecutionEvent event, Shell shell, AnnotationOverlay overlay) {
		if (CodingTarget.of(overlay.pane()).isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Coding_title, Messages.Coding_selectFirst);
			return;
		}
		CodePicker picker = new CodePicker(shell, overlay.pane().projectRoot());
		if (picker.open() == Window.OK) {
			Code code = picker.chosen();
			if (code != null) {
				Coding.apply(shell, overlay.pane(), code);
			}
		}
	}
}
