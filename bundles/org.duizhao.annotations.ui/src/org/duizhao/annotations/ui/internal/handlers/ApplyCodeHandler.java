package org.duizhao.annotations.ui.internal.handlers;

import org.duizhao.annotations.ui.internal.coding.Coding;
import org.duizhao.annotations.ui.internal.viewer.AnnotationOverlay;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

/** Codes the selection with the code the command's parameter names (the Code With menu). */
public class ApplyCodeHandler extends PaneHandler {

	@Override
	protected void execute(ExecutionEvent event, Shell shell, AnnotationOverlay overlay) {
		String id = event.getParameter(CommandIds.CODE_PARAMETER);
		overlay.codes().get(id).ifPresent(code -> Coding.apply(shell, overlay.pane(), code));
	}
}
